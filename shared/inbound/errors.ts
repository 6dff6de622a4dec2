/** Another invocation is processing the same Message-ID; retrying later finds it done (or its lease expired). */
export class InboundMailBusyError extends Error {
  override readonly name = 'InboundMailBusyError';
  constructor(messageId: string, options?: ErrorOptions) {
    super(`Message ${messageId} is being processed by another invocation`, options);
  }
}

/** The receipt event names a message the S3 action has not stored (yet); a retry may find it. */
export class RawMailMissingError extends Error {
  override readonly name = 'RawMailMissingError';
  constructor(key: string, options?: ErrorOptions) {
    super(`No raw message at ${key} in the inbound-mail bucket`, options);
  }
}
