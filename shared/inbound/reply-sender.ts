import type { AlertLog } from '../alerts/alert-log.ts';
import { sendOnce } from '../alerts/send-once.ts';
import type { Clock } from '../clock.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';
import type { ReportingService } from '../reporting/service.ts';
import type { InboundOutcome } from './model.ts';
import { acceptedReply, obstacleReply, rejectedReply } from './replies.ts';

export interface ReplySenderDependencies {
  agencyId: string;
  reporting: Pick<ReportingService, 'mailedReceipt'>;
  alerts: AlertLog;
  mailer: Mailer;
  clock: Clock;
}

/** The automatic answer to a received message: one per message whatever the retries, through the alert log. */
export class ReplySender {
  constructor(private readonly deps: ReplySenderDependencies) {}

  /** Recorded before sending, marked sent after; a reply SES refused is thrown, so the retry sends it. */
  async send(replyKey: string, messageId: string, outcome: InboundOutcome): Promise<void> {
    const { reply } = outcome;
    if (!reply) return;
    const { agencyId, alerts, mailer, clock } = this.deps;
    const now = clock.now();
    const alert = {
      agencyId,
      alertId: `email-reply:${replyKey}`,
      kind: 'email-reply',
      subjectRef: messageId.slice(0, 500),
      subjectTitle: reply.originalSubject.slice(0, 200),
      stage: outcome.kind,
      recipientUserId: reply.to,
      createdAt: now.toISOString(),
      urgent: true,
    };
    const sent = await sendOnce({ alerts, mailer }, now, [alert], async (): Promise<MailMessage> => {
      if (outcome.kind === 'submitted') return acceptedReply(reply, await this.deps.reporting.mailedReceipt(agencyId, outcome.obligationId, outcome.version));
      return outcome.kind === 'obstacle' ? obstacleReply(reply, outcome) : rejectedReply(reply, outcome.reason, outcome.detail);
    });
    // A refused reply was given back: failing makes this invocation's retry (or a redelivery) send it.
    if (sent.outcome === 'refused') throw sent.error;
  }
}
