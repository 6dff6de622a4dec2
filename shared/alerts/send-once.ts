import { ulid } from 'ulid';
import { MailDeliveryError, type MailMessage, type Mailer } from '../mail/mailer.ts';
import type { AlertLog, NewAlert } from './alert-log.ts';

/**
 * How long an attempt holds its alerts. Long enough for SES's event of an accepted message (seconds in
 * practice) to settle an attempt whose answer was lost before anyone may try again.
 */
export const LEASE_MS = 10 * 60 * 1000;

/** The tag and header naming the attempt on its message; SES repeats both in its events. */
export const SEND_ID_TAG = 'dvm-send-id';
export const AGENCY_TAG = 'dvm-agency';
export const SEND_ID_HEADER = 'X-DVM-Send-Id';
export const AGENCY_HEADER = 'X-DVM-Agency';

export interface SendOnceDependencies {
  alerts: AlertLog;
  mailer: Mailer;
}

export type SendOutcome =
  /** Nothing to send: every alert was sent already or another attempt holds it. */
  | { outcome: 'none' }
  | { outcome: 'sent'; messageId: string; alerts: NewAlert[] }
  /** SES answered with an error: the alerts are given back for the next run. */
  | { outcome: 'refused'; error: Error; alerts: NewAlert[] }
  /** No answer: the alerts stay held until SES's event settles them or the lease runs out. */
  | { outcome: 'unknown'; error: Error; alerts: NewAlert[] };

/** Tag values SES accepts: letters, digits, `_` and `-`. */
const tagValue = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256);

/**
 * The one way the platform sends an alert e-mail: claim → send once → mark sent, or give back.
 * Several alerts may share one message (one person's deadline reminders); `compose` gets those
 * actually claimed. Each attempt has a send id, tagged on its message: if the answer is lost, SES's
 * event for that id marks the alerts sent (`AlertLog.reconcile`), so the next run does not resend.
 * A composing failure gives the alerts back and is thrown. `now` is the run's instant (a replayed
 * scheduled run has its own).
 */
export async function sendOnce(
  deps: SendOnceDependencies,
  now: Date,
  alerts: readonly NewAlert[],
  compose: (claimed: NewAlert[]) => MailMessage | Promise<MailMessage>,
): Promise<SendOutcome> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const sendId = ulid();
  const claimed: NewAlert[] = [];
  for (const alert of alerts) if (await deps.alerts.claim(alert, now, leaseUntil, sendId)) claimed.push(alert);
  const first = claimed[0];
  if (!first) return { outcome: 'none' };
  const giveBack = async (error: Error) => {
    for (const alert of claimed) await deps.alerts.release(alert.agencyId, alert.alertId, error.message);
  };

  let message: MailMessage;
  try {
    message = await compose(claimed);
  } catch (error) {
    await giveBack(error as Error);
    throw error;
  }
  const tagged: MailMessage = {
    ...message,
    headers: { ...message.headers, [SEND_ID_HEADER]: sendId, [AGENCY_HEADER]: first.agencyId },
    tags: { ...message.tags, [SEND_ID_TAG]: sendId, [AGENCY_TAG]: tagValue(first.agencyId) },
  };
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(tagged));
  } catch (error) {
    if (error instanceof MailDeliveryError && error.outcome === 'unknown') {
      for (const alert of claimed) await deps.alerts.markUncertain(alert.agencyId, alert.alertId, error.message);
      return { outcome: 'unknown', error, alerts: claimed };
    }
    await giveBack(error as Error);
    return { outcome: 'refused', error: error as Error, alerts: claimed };
  }
  // Outside the try: once SES took the message, a failure to record it must never give the alerts back.
  const sentAt = now.toISOString();
  for (const alert of claimed) await deps.alerts.markSent(alert.agencyId, alert.alertId, sentAt, messageId);
  return { outcome: 'sent', messageId, alerts: claimed };
}
