import * as z from 'zod';

/**
 * Every alert e-mail is recorded before it is sent and marked sent after, so a retry neither loses
 * nor repeats one. A claim is a lease: two checks running at once cannot both send the same alert. A
 * send SES refused gives the claim back at once; a send whose outcome is unknown (the answer lost, the
 * process killed) keeps its lease, during which SES's own event for the attempt's send id marks it
 * sent (see `send-once.ts`); only without such an event is it claimed again once the lease has run out.
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
  /** The send id of every attempt, each tagged on its message: SES's event for any of them settles the alert. */
  sendIds: z.array(z.string()).optional(),
  urgent: z.boolean(),
});
export type AlertRecord = z.infer<typeof AlertRecordSchema>;
export type NewAlert = Omit<AlertRecord, 'status' | 'leaseUntil' | 'attempts' | 'lastError' | 'sentAt' | 'messageId' | 'sendIds'>;

export interface AlertLog {
  /** Takes the alert for the attempt `sendId` until `leaseUntil`; false when it was sent or another attempt holds it. */
  claim(alert: NewAlert, now: Date, leaseUntil: Date, sendId: string): Promise<boolean>;
  markSent(agencyId: string, alertId: string, sentAt: string, messageId: string): Promise<void>;
  /** Gives the alert back after a send SES refused, so the next run retries it. */
  release(agencyId: string, alertId: string, error: string): Promise<void>;
  /** Notes why an attempt's outcome is unknown, keeping its lease so that SES's event can settle it first. */
  markUncertain(agencyId: string, alertId: string, error: string): Promise<void>;
  /** SES accepted the message of attempt `sendId`: every unsent alert of that attempt is sent. Returns how many. */
  reconcile(agencyId: string, sendId: string, messageId: string, sentAt: string): Promise<number>;
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
