import type { SNSEvent } from 'aws-lambda';
import type { SesLocalHandle, SesSentMessage } from './emulators/ses-local.ts';

export interface SesEventPublisherOptions {
  ses: Pick<SesLocalHandle, 'onSent'>;
  /** Delivers one SNS notification, as the topic's subscription invokes `ses-events`. */
  publish: (event: SNSEvent) => Promise<unknown>;
  log?: (line: string) => void;
}

/** The `Send` event of a message the emulator took, in the shape SES publishes to SNS. */
function sendEvent(sent: SesSentMessage): SNSEvent {
  const message = { eventType: 'Send', mail: { messageId: sent.messageId, timestamp: sent.at, tags: sent.tags }, send: {} };
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:local:000000000000:ses-events:local',
        Sns: {
          Type: 'Notification',
          MessageId: `local-${sent.messageId}`,
          TopicArn: 'arn:aws:sns:local:000000000000:ses-events',
          Subject: '',
          Message: JSON.stringify(message),
          Timestamp: sent.at,
          SignatureVersion: '1',
          Signature: '',
          SigningCertUrl: '',
          UnsubscribeUrl: '',
          MessageAttributes: {},
        },
      },
    ],
  };
}

/**
 * The configuration set's event publishing, for the SES emulator (which has none): each message it
 * takes becomes a `Send` event with the message's tags, delivered to `ses-events` one at a time, so an
 * alert whose answer was lost is settled locally as it is in AWS. `drain()` waits for what is queued.
 */
export function startSesEventPublisher(options: SesEventPublisherOptions): { drain(): Promise<void>; stop(): Promise<void> } {
  const log = options.log ?? (() => undefined);
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  options.ses.onSent((sent) => {
    if (stopped) return;
    queue = queue.then(() => options.publish(sendEvent(sent)).then(
      () => undefined,
      (error: unknown) => log(`ses-events failed for ${sent.messageId}: ${String(error)}`),
    ));
  });
  return {
    drain: () => queue,
    stop: async () => {
      stopped = true;
      await queue;
    },
  };
}
