/** An e-mail as the platform thinks of it; adapters turn it into SES calls (or anything else). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  to: string[];
  cc?: string[];
  bcc?: string[];
  replyTo?: string[];
  subject: string;
  /** Both parts are always sent: the text part is what screen readers and strict mail clients show. */
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** Extra headers, e.g. `In-Reply-To` for an automatic reply. */
  headers?: Record<string, string>;
  /** Message tags SES repeats in its events for this message (names and values: letters, digits, `_`, `-`). */
  tags?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/**
 * Sending failed. `outcome` says what is known: `refused` when the service answered with an error (the
 * message was not sent); `unknown` when no answer came (the connection dropped, the call timed out),
 * so the message may have been accepted and must not be sent again blindly. `retryable` tells whether
 * the same message may succeed later (throttling, outage).
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions & { outcome?: 'refused' | 'unknown' },
  ) {
    super(message, options);
    this.outcome = options?.outcome ?? 'refused';
  }
  readonly outcome: 'refused' | 'unknown';
}
