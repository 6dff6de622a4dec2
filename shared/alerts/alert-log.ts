import * as z from 'zod';

/**
 * Every alert e-mail is recorded before it is sent and marked sent after, so a retry neither loses
 * nor repeats one. A claim is a short lease: two checks running at once cannot both send the same
 * alert, and an alert whose sending failed or crashed is claimed again once its lease has run out.
 */
export const AlertRecordSchema = z.object({
  agencyId: z.string(),
  /** Unique per (what, stage, recipient), e.g. `deadline:<id>:remind-7:<userId>`. */
  alertId: z.string(),
  kind: z.string(),
  /** What the alert is about (a deadline id, an obstacle id, a week). */
  subjectRef: z.string(),
  subjectTitle: z.string(),
  stage: z.string(),
  recipientUserId: z.string(),
  createdAt: z.string(),
  status: z.enum(['pending', 'sent']),
  leaseUntil: z.string().optional(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  sentAt: z.string().optional(),
  messageId: z.string().optional(),
  urgent: z.boolean(),
});
export type AlertRecord = z.infer<typeof AlertRecordSchema>;
export type NewAlert = Omit<AlertRecord, 'status' | 'leaseUntil' | 'attempts' | 'lastError' | 'sentAt' | 'messageId'>;

export interface AlertLog {
  /** Takes the alert for this attempt until `leaseUntil`; false when it was sent or another attempt holds it. */
  claim(alert: NewAlert, now: Date, leaseUntil: Date): Promise<boolean>;
  markSent(agencyId: string, alertId: string, sentAt: string, messageId: string): Promise<void>;
  /** Gives the alert back after a failed send, so the next run retries it. */
  release(agencyId: string, alertId: string, error: string): Promise<void>;
  /** Alerts recorded but not sent, whatever their stage: the next run sends them first. */
  unsent(agencyId: string): Promise<AlertRecord[]>;
  list(agencyId: string, subjectRef?: string): Promise<AlertRecord[]>;
  /**
   * Holds one person's mailbox for a run until `leaseUntil`, so two runs at once do not each send them
   * part of their items; false when another run holds it.
   */
  lockRecipient(agencyId: string, userId: string, now: Date, leaseUntil: Date): Promise<boolean>;
  unlockRecipient(agencyId: string, userId: string): Promise<void>;
}
