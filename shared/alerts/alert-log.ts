import * as z from 'zod';

/**
 * A record of every alert e-mail: written before the e-mail is sent and marked sent after, so a retry
 * neither loses nor repeats one. `claim` says whether this attempt should send.
 */
export const AlertRecordSchema = z.object({
  agencyId: z.string(),
  /** Unique per (what, recipient), e.g. `obstacle:<id>:<userId>`. */
  alertId: z.string(),
  kind: z.string(),
  recipientUserId: z.string(),
  subjectRef: z.string(),
  createdAt: z.string(),
  status: z.enum(['pending', 'sent']),
  sentAt: z.string().optional(),
  messageId: z.string().optional(),
});
export type AlertRecord = z.infer<typeof AlertRecordSchema>;

export interface AlertLog {
  /** Records the alert as pending; false when it was already sent (nothing to do). */
  claim(alert: Omit<AlertRecord, 'status'>): Promise<boolean>;
  markSent(agencyId: string, alertId: string, sentAt: string, messageId: string): Promise<void>;
  list(agencyId: string): Promise<AlertRecord[]>;
}
