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
}

export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

/** Sending failed; `retryable` tells whether the same message may succeed later (throttling, outage). */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
