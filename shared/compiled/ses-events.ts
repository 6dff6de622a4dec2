import * as z from 'zod';
import type { CompiledReport } from './model.ts';

/** The part of an SES event-publishing notification (via SNS) the platform records. */
const SesEventSchema = z.object({
  eventType: z.enum(['Bounce', 'Complaint', 'Delivery', 'Reject']),
  mail: z.object({ messageId: z.string(), timestamp: z.string() }),
  bounce: z.object({ bounceType: z.string(), bounceSubType: z.string(), timestamp: z.string(), bouncedRecipients: z.array(z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() })) }).optional(),
  complaint: z.object({ timestamp: z.string(), complainedRecipients: z.array(z.object({ emailAddress: z.string() })), complaintFeedbackType: z.string().optional() }).optional(),
  delivery: z.object({ timestamp: z.string(), recipients: z.array(z.string()) }).optional(),
});

/** One delivery event per recipient, from an SES notification; unknown event types are ignored. */
export function deliveryEventsOf(message: string): { messageId: string; events: CompiledReport['deliveryEvents'] } | undefined {
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
  return { messageId: e.mail.messageId, events };
}
