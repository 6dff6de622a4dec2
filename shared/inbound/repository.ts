import type { HeldMessage, InboundOutcome, Verdicts } from './model.ts';

/** What SES said of a message and who signed it: kept with the message as evidence. */
export interface MailEvidence {
  verdicts: Verdicts;
  dkimDomains: string[];
}

/** `digest` is what the message claimed first said ({@link contentDigest}); absent on records older than it. */
export type BeginResult = { state: 'new' } | { state: 'done'; outcome: InboundOutcome; digest?: string } | { state: 'busy'; digest?: string };

/** Inbound messages by Message-ID (processed once), and the holding area the office reviews. */
export interface InboundMailRepository {
  /**
   * Claims a message for processing until `leaseUntil`, recording its content digest. A message already
   * processed answers `done` with what became of it; one another invocation is processing (lease not
   * expired) answers `busy`; both say the digest of the message that holds the claim.
   */
  begin(agencyId: string, hash: string, messageId: string, digest: string, now: string, leaseUntil: string): Promise<BeginResult>;
  /** Records what became of the message, with SES's verdicts and its DKIM signers as evidence (they reach the audit chain). */
  complete(agencyId: string, hash: string, outcome: InboundOutcome, at: string, evidence: MailEvidence): Promise<void>;
  /** Gives a claim back after a failure, so a retry may process the message at once. */
  release(agencyId: string, hash: string): Promise<void>;
  /** Stores a held message; false when it is held already (a redelivery). */
  hold(message: HeldMessage): Promise<boolean>;
  getHeld(agencyId: string, heldId: string): Promise<HeldMessage | undefined>;
  listHeld(agencyId: string): Promise<HeldMessage[]>;
  /** Records the office's decision; a message no longer held, or changed since read, is a VersionConflictError. */
  /** `forgetSender` blanks the sender, recipients and subject (a letter registered as a protected case). */
  resolveHeld(message: HeldMessage, resolution: NonNullable<HeldMessage['resolution']>, options?: { forgetSender?: boolean }): Promise<HeldMessage>;
}
