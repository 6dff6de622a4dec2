import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { ObstacleService } from '../reporting/obstacles.ts';
import type { ReportingService } from '../reporting/service.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { decide, screen, targetOf, type Decision, type MessageFacts } from './decide.ts';
import { InboundMailBusyError, RawMailMissingError } from './errors.ts';
import { bodyText, contentOf, parse, partsOf, senderOf, subjectOf, withFiles, type RawMailStore } from './message.ts';
import type { HeldMessage, HoldReason, InboundOutcome, SesReceiptRecord } from './model.ts';
import { HOLD_REASONS } from './reasons.ts';
import type { ReplySender } from './reply-sender.ts';
import type { InboundMailRepository } from './repository.ts';
import { contentDigest, dkimSigningDomains, isAutomatic, messageHash, verdictsOf } from './rules.ts';

export interface InboundMailSettings {
  /** The agency inbound mail belongs to (one per deployment today). */
  agencyId: string;
  /** The receiving domain: `bao-cao+<code>@<domain>`, `vuong-mac@<domain>`. */
  domain: string;
  /** The receipt rule's S3 object key prefix: the message is at `<prefix><SES messageId>`. */
  objectKeyPrefix: string;
}

export interface InboundMailDependencies {
  settings: InboundMailSettings;
  rawMail: RawMailStore;
  /** Where the files of a message are put for reporting to file them. */
  attachments: AttachmentStore;
  reporting: Pick<ReportingService, 'findByCode' | 'submitByMail'>;
  obstacles: Pick<ObstacleService, 'reportByMail'>;
  organization: Pick<OrganizationRepository, 'listUnits' | 'findUserByEmail'>;
  repository: InboundMailRepository;
  replies: ReplySender;
  clock: Clock;
}

export type IngestResult = InboundOutcome | { kind: 'duplicate'; of: InboundOutcome['kind'] };

/** How long one invocation may hold a message before a retry may take it over (above the function timeout). */
const LEASE_MS = 90_000;

/** One message being ingested: what it says, and where it is. */
interface Received {
  record: SesReceiptRecord;
  facts: MessageFacts;
  s3Key: string;
  hash: string;
}

/**
 * E-mail ingestion (issue 4, point 4): each message SES (or the local SMTP server) received becomes a
 * submission, an obstacle report, or a held message the office reviews (`held-mail.ts`), exactly once
 * per Message-ID, with one automatic reply where the sender may be answered. What becomes of it is
 * {@link decide}'s; this service reads, records and files.
 */
export class InboundMailService {
  constructor(private readonly deps: InboundMailDependencies) {}

  /** A redelivery files nothing again; a reply a crash left unsent goes now (the alert log decides). */
  async ingest(record: SesReceiptRecord): Promise<IngestResult> {
    const { settings, rawMail, repository, clock } = this.deps;
    const { mail } = record.ses;
    const s3Key = `${settings.objectKeyPrefix}${mail.messageId}`;
    const raw = await rawMail.get(s3Key);
    if (!raw) throw new RawMailMissingError(s3Key);
    const parsed = await parse(raw);
    const messageId = parsed.email?.messageId?.trim() || mail.commonHeaders?.messageId?.trim() || `<${mail.messageId}@ses.invalid>`;
    const digest = parsed.email ? contentDigest(contentOf(parsed.email, mail)) : contentDigest({ raw });
    const { agencyId } = settings;
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();

    let hash = messageHash(messageId);
    let begun = await repository.begin(agencyId, hash, messageId, digest, now.toISOString(), leaseUntil);
    // The Message-ID is taken by a message that says something else: not a redelivery, so it is not dropped.
    // It is known by its Message-ID and digest, and held for the office to look at.
    const reused = begun.state !== 'new' && begun.digest !== undefined && begun.digest !== digest;
    if (reused) {
      hash = messageHash(`${messageId}\n${digest}`);
      begun = await repository.begin(agencyId, hash, messageId, digest, now.toISOString(), leaseUntil);
    }
    if (begun.state === 'busy') throw new InboundMailBusyError(messageId);
    if (begun.state === 'done') {
      await this.deps.replies.send(hash, messageId, begun.outcome);
      return { kind: 'duplicate', of: begun.outcome.kind };
    }
    const { email } = parsed;
    const facts: MessageFacts = {
      verdicts: verdictsOf(record),
      reused,
      messageId,
      problem: email ? parsed.problem : (parsed.problem ?? ''),
      automatic: isAutomatic(mail.source, email?.headers ?? []),
      from: senderOf(email, mail),
      envelopeFrom: mail.source,
      recipients: record.ses.receipt.recipients,
      subject: subjectOf(email, mail),
      text: email ? bodyText(email) : '',
      parts: email ? partsOf(email) : [],
    };
    const received: Received = { record, facts, s3Key, hash };
    let outcome: InboundOutcome;
    try {
      outcome = await this.carryOut(received, await this.decision(facts));
      const evidence = { verdicts: facts.verdicts, dkimDomains: dkimSigningDomains(email?.headers ?? []) };
      await repository.complete(agencyId, hash, outcome, clock.now().toISOString(), evidence);
    } catch (error) {
      await repository.release(agencyId, hash);
      throw error;
    }
    await this.deps.replies.send(hash, messageId, outcome);
    return outcome;
  }

  /** Decides; only a message that passes the screen costs the directory's and the plan's reads. */
  private async decision(facts: MessageFacts): Promise<Decision> {
    const screened = screen(facts);
    if (screened) return screened;
    const { settings, organization, reporting } = this.deps;
    const target = targetOf(facts, settings.domain);
    const [units, user, obligation] = await Promise.all([
      organization.listUnits(settings.agencyId),
      facts.from.includes('@') ? organization.findUserByEmail(facts.from) : undefined,
      target.kind === 'obligation' ? reporting.findByCode(target.code) : undefined,
    ]);
    return decide(facts, target, { agencyId: settings.agencyId, units, user, obligation });
  }

  /** Files what the decision says; a refusal by reporting holds the message with the reason. */
  private async carryOut(received: Received, decision: Decision): Promise<InboundOutcome> {
    if (decision.kind === 'hold') return this.hold(received, decision.reason, decision.detail, decision.unitId);
    const { facts, hash, record } = received;
    const { agencyId, unitId } = decision.sender.unit;
    const reply = { to: facts.from, originalMessageId: facts.messageId, originalSubject: facts.subject };
    try {
      if (decision.kind === 'obstacle') {
        const { title, description } = decision;
        // Named after the message, so a retried delivery finds the obstacle it already filed.
        const obstacle = await withFiles(this.deps.attachments, agencyId, unitId, decision.files, (refs) =>
          this.deps.obstacles.reportByMail(decision.sender, { title, description, attachments: refs }, { obstacleId: `email-${hash.slice(0, 26)}`, reportedAt: record.ses.receipt.timestamp }),
        );
        return { kind: 'obstacle', obstacleId: obstacle.obstacleId, title, reportedAt: obstacle.reportedAt, unitId, reply };
      }
      const { obligationId } = decision.obligation;
      const { submission } = await withFiles(this.deps.attachments, agencyId, unitId, decision.files, (refs) =>
        this.deps.reporting.submitByMail(decision.sender, obligationId, refs, { idempotencyKey: `email:${hash}`, sourceMessageId: facts.messageId, message: decision.text }),
      );
      return { kind: 'submitted', obligationId, version: submission.version, unitId, reply };
    } catch (error) {
      if (error instanceof AppError && error.status < 500 && error.name !== 'VersionConflictError') return this.hold(received, 'submission-refused', refusalDetail(error), unitId);
      throw error;
    }
  }

  private async hold({ record, facts, s3Key, hash }: Received, reason: HoldReason, detail?: string, unitId?: string): Promise<InboundOutcome> {
    const { mail, receipt } = record.ses;
    const heldId = hash.slice(0, 32);
    const notify = HOLD_REASONS[reason].reply && !facts.automatic && facts.from.includes('@');
    const message: HeldMessage = {
      agencyId: this.deps.settings.agencyId,
      heldId,
      reason,
      reasonVi: HOLD_REASONS[reason].vi,
      reasonEn: HOLD_REASONS[reason].en,
      ...(detail ? { detail: detail.slice(0, 500) } : {}),
      from: facts.from,
      envelopeFrom: mail.source,
      to: receipt.recipients,
      subject: facts.subject.slice(0, 500),
      receivedAt: receipt.timestamp,
      s3Key,
      sesMessageId: mail.messageId,
      messageId: facts.messageId,
      ingestKey: hash,
      verdicts: facts.verdicts,
      attachments: facts.parts.map((p) => ({ filename: p.filename ?? '', contentType: p.mimeType, size: p.content.byteLength })),
      senderNotified: notify,
      ...(unitId ? { unitId } : {}),
      status: 'held',
      version: 0,
    };
    await this.deps.repository.hold(message);
    const reply = notify ? { reply: { to: facts.from, originalMessageId: facts.messageId, originalSubject: facts.subject } } : {};
    return { kind: 'held', heldId, reason, ...(detail ? { detail } : {}), ...reply };
  }
}

/** Why filing was refused, for the holding area and the reply: the message, then each reason (Vietnamese side). */
const refusalDetail = (error: AppError) => [error.messageVi, ...error.details.map((d) => d.message.split(' / ')[0])].join(' ');
