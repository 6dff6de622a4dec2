import * as z from 'zod';
import type { CompiledReport } from '../compiled/model.ts';
import { AGENCY_HEADER, AGENCY_TAG, SEND_ID_HEADER, SEND_ID_TAG } from '../alerts/send-once.ts';

/** The part of an SES event-publishing notification (via SNS) the platform records. */
const SesEventSchema = z.object({
  eventType: z.enum(['Send', 'Bounce', 'Complaint', 'Delivery', 'Reject']),
  mail: z.object({
    messageId: z.string(),
    timestamp: z.string(),
    tags: z.record(z.string(), z.array(z.string())).optional(),
    headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  }),
  bounce: z.object({ bounceType: z.string(), bounceSubType: z.string(), timestamp: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() })) }).optional(),
  complaint: z.object({ timestamp: z.string(), complainedRecipients: z.array(z.object({ emailAddress: z.string() })), complaintFeedbackType: z.string().optional() }).optional(),
  delivery: z.object({ timestamp: z.string(), recipients: z.array(z.string()) }).optional(),
});

/** The alert-log attempt a message was sent for, from its tags (or, failing those, its headers). */
export interface SendAttempt {
  agencyId: string;
  sendId: string;
}

function attemptOf(mail: z.infer<typeof SesEventSchema>['mail']): SendAttempt | undefined {
  const header = (name: string) => mail.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
  const sendId = mail.tags?.[SEND_ID_TAG]?.[0] ?? header(SEND_ID_HEADER);
  const agencyId = mail.tags?.[AGENCY_TAG]?.[0] ?? header(AGENCY_HEADER);
  return sendId && agencyId ? { agencyId, sendId } : undefined;
}

/**
 * What an SES notification says: which message, the attempt of the alert log it was sent for (any
 * event proves SES took it; `Reject` excepted), and one delivery event per recipient (bounces,
 * complaints, deliveries) for the record of a compiled report. Unknown event types are ignored.
 */
export function deliveryEventsOf(message: string): { messageId: string; at: string; attempt?: SendAttempt; events: CompiledReport['deliveryEvents'] } | undefined {
  const parsed = SesEventSchema.safeParse(JSON.parse(message));
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const events: CompiledReport['deliveryEvents'] =
    e.eventType === 'Bounce' && e.bounce
      ? e.bounce.bouncedRecipients.map((r) => ({ at: e.bounce!.timestamp, type: 'bounce', recipient: r.emailAddress, detail: `${e.bounce!.bounceType}: ${e.bounce!.bounceSubType}${r.diagnosticCode ? ` — ${r.diagnosticCode}` : ''}` }))
      : e.eventType === 'Complaint' && e.complaint
        ? e.complaint.complainedRecipients.map((r) => ({ at: e.complaint!.timestamp, type: 'complaint', recipient: r.emailAddress, ...(e.complaint!.complaintFeedbackType ? { detail: e.complaint!.complaintFeedbackType } : {}) }))
        : e.eventType === 'Delivery' && e.delivery
          ? e.delivery.recipients.map((recipient) => ({ at: e.delivery!.timestamp, type: 'delivery', recipient }))
          : [];
  const attempt = e.eventType === 'Reject' ? undefined : attemptOf(e.mail);
  return { messageId: e.mail.messageId, at: e.mail.timestamp, ...(attempt ? { attempt } : {}), events };
}
