import PostalMime, { type Email } from 'postal-mime';
import { authorize, can, type Actor } from '../access/policy.ts';
import type { CaseRegistrationInput } from '../cases/model.ts';
import type { CaseService } from '../cases/service.ts';
import type { AlertLog } from '../alerts/alert-log.ts';
import { sendOnce } from '../alerts/send-once.ts';
import type { Clock } from '../clock.ts';
import { singleLine } from '../text.ts';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { Mailer, MailMessage } from '../mail/mailer.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { ReportContent, Submission } from '../reporting/model.ts';
import { obligationCode } from '../reporting/rules.ts';
import type { AttachmentRef } from '../attachments/attachment-intake.ts';
import { uploadKey } from '../attachments/keys.ts';
import type { ReportingService } from '../reporting/service.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { InboundMailBusyError, RawMailMissingError } from './errors.ts';
import type { HeldMessage, HoldReason, InboundOutcome, SesReceiptRecord } from './model.ts';
import { HOLD_REASONS } from './reasons.ts';
import { acceptedReply, obstacleReply, rejectedReply } from './replies.ts';
import type { InboundMailRepository } from './repository.ts';
import {
  bareAddress,
  checkAttachments,
  contentDigest,
  dkimSigningDomains,
  verdictsOf,
  domainOf,
  evaluateVerdicts,
  extractTarget,
  isAutomatic,
  matchSender,
  messageHash,
  mimeProblem,
  obstacleTitle,
  type AcceptedFile,
  type MailPart,
} from './rules.ts';

export interface InboundMailSettings {
  /** The agency inbound mail belongs to (one per deployment today). */
  agencyId: string;
  /** The receiving domain: `bao-cao+<code>@<domain>`, `vuong-mac@<domain>`. */
  domain: string;
  /** The receipt rule's S3 object key prefix: the message is at `<prefix><SES messageId>`. */
  objectKeyPrefix: string;
}

/** Where the raw messages are (the inbound-mail bucket). */
export interface RawMailStore {
  get(key: string): Promise<Uint8Array | undefined>;
}

export type IngestResult = InboundOutcome | { kind: 'duplicate'; of: InboundOutcome['kind'] };

/** An e-mailed report carries its report in the attachments; the form's sections stay empty. */
const EMAIL_CONTENT: ReportContent = { sections: {}, difficulties: '', proposals: '', nextDirection: '' };

/** How long one invocation may hold a message before a retry may take it over (above the function timeout). */
const LEASE_MS = 90_000;

interface Parsed {
  email: Email | undefined;
  problem: string | undefined;
}

/**
 * E-mail ingestion (issue 4, point 4): each message SES (or the local SMTP server) received becomes a
 * submission, an obstacle report, or a held message the office reviews, exactly once per Message-ID,
 * with one automatic reply where the sender may be answered.
 */
/** A citizen's letter in the triage queue is read only by those who register cases (not by an administrator). */
const mayRead = (actor: Actor, m: HeldMessage) => m.reason !== 'case-triage' || can(actor, 'case.register', { agencyId: actor.agencyId });

/** The local part of the address citizens send complaints, denunciations and petitions to. */
export const CASES_MAILBOX = 'don-thu';

export class InboundMailService {
  constructor(
    private readonly settings: InboundMailSettings,
    private readonly rawMail: RawMailStore,
    private readonly attachments: AttachmentStore,
    private readonly reporting: ReportingService,
    private readonly organization: OrganizationRepository,
    private readonly repository: InboundMailRepository,
    private readonly alerts: AlertLog,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async ingest(record: SesReceiptRecord): Promise<IngestResult> {
    const { mail } = record.ses;
    const s3Key = `${this.settings.objectKeyPrefix}${mail.messageId}`;
    const raw = await this.rawMail.get(s3Key);
    if (!raw) throw new RawMailMissingError(s3Key);
    const parsed = await parse(raw);
    const messageId = parsed.email?.messageId?.trim() || mail.commonHeaders?.messageId?.trim() || `<${mail.messageId}@ses.invalid>`;
    const digest = parsed.email ? contentDigest(contentOf(parsed.email, mail)) : contentDigest({ raw });
    const { agencyId } = this.settings;
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();

    let hash = messageHash(messageId);
    let begun = await this.repository.begin(agencyId, hash, messageId, digest, now.toISOString(), leaseUntil);
    // The Message-ID is taken by a message that says something else: not a redelivery, so it is not dropped.
    // It is known by its Message-ID and digest, and held for the office to look at.
    const reused = begun.state !== 'new' && begun.digest !== undefined && begun.digest !== digest;
    if (reused) {
      hash = messageHash(`${messageId}\n${digest}`);
      begun = await this.repository.begin(agencyId, hash, messageId, digest, now.toISOString(), leaseUntil);
    }
    if (begun.state === 'busy') throw new InboundMailBusyError(messageId);
    if (begun.state === 'done') {
      // A redelivery: nothing is filed again; a reply a crash left unsent goes now (the alert log decides).
      await this.sendReply(hash, messageId, begun.outcome);
      return { kind: 'duplicate', of: begun.outcome.kind };
    }
    let outcome: InboundOutcome;
    try {
      outcome = await this.decide(record, parsed, s3Key, messageId, hash, reused);
      const evidence = { verdicts: verdictsOf(record), dkimDomains: dkimSigningDomains(parsed.email?.headers ?? []) };
      await this.repository.complete(agencyId, hash, outcome, this.clock.now().toISOString(), evidence);
    } catch (error) {
      await this.repository.release(agencyId, hash);
      throw error;
    }
    await this.sendReply(hash, messageId, outcome);
    return outcome;
  }

  async listHeld(actor: Actor, status?: HeldMessage['status']): Promise<HeldMessage[]> {
    authorize(actor, 'inbound.review', { agencyId: actor.agencyId });
    const all = (await this.repository.listHeld(actor.agencyId)).filter((m) => mayRead(actor, m));
    return status ? all.filter((m) => m.status === status) : all;
  }

  async getHeld(actor: Actor, heldId: string): Promise<HeldMessage> {
    authorize(actor, 'inbound.review', { agencyId: actor.agencyId });
    const held = await this.repository.getHeld(actor.agencyId, heldId);
    if (!held || !mayRead(actor, held)) throw new NotFoundError('thư đang giữ / held message', heldId);
    return held;
  }

  /**
   * Files a held message's attachments as a version of `obligationId`, on behalf of the obligation's
   * unit, recorded as submitted by the office user who assigned it.
   */
  async assign(actor: Actor, heldId: string, obligationId: string): Promise<{ held: HeldMessage; submission: Submission }> {
    const held = await this.open(actor, heldId);
    if (held.reason === 'virus') {
      throw new ValidationError('suspicious-message', 'Thư bị nghi chứa vi-rút: không thể ghi nhận tệp đính kèm.', 'The message may carry a virus: its attachments cannot be filed.');
    }
    // Looked up by its code, not as the office user: an admin may review mail without reading reports.
    const obligation = await this.reporting.findByCode(obligationCode(obligationId));
    if (!obligation || obligation.obligationId !== obligationId || obligation.agencyId !== actor.agencyId) throw new NotFoundError('nghĩa vụ báo cáo / obligation', obligationId);
    const raw = await this.rawMail.get(held.s3Key);
    if (!raw) throw new NotFoundError('thư gốc / raw message', held.s3Key);
    const { email, problem } = await parse(raw);
    if (!email || problem) throw new ValidationError('malformed-message', 'Thư không đọc được, không thể ghi nhận.', 'The message cannot be read, so it cannot be filed.');
    const checked = checkAttachments(partsOf(email));
    if ('reason' in checked || checked.files.length === 0) {
      const reason: HoldReason = 'reason' in checked ? checked.reason : 'no-attachment';
      const detail = 'reason' in checked && checked.detail ? ` (${checked.detail})` : '';
      throw new ValidationError('attachments-refused', `${HOLD_REASONS[reason].vi}${detail}`, `${HOLD_REASONS[reason].en}${detail}`);
    }
    // The office files for the unit: a reporter of that unit for this one act, under the office user's id.
    const delegate: Actor = { userId: actor.userId, email: actor.email, agencyId: actor.agencyId, roles: ['reporter'], unitId: obligation.unitId };
    const { submission } = await this.withFiles(actor.agencyId, obligation.unitId, checked.files, (refs) =>
      this.reporting.submit(delegate, obligationId, EMAIL_CONTENT, refs, {
        channel: 'email',
        idempotencyKey: `email:${held.ingestKey ?? messageHash(held.messageId)}`,
        sourceMessageId: held.messageId,
        message: bodyText(email),
      }),
    );
    const resolved = await this.repository.resolveHeld(held, {
      action: 'assigned',
      by: actor.userId,
      at: this.clock.now().toISOString(),
      obligationId,
      version: submission.version,
      receiptNumber: submission.receiptNumber,
    });
    if (HOLD_REASONS[held.reason].reply && held.from) {
      const reply = { to: held.from, originalMessageId: held.messageId, originalSubject: held.subject };
      await this.sendReply(`${held.ingestKey ?? messageHash(held.messageId)}:assigned`, held.messageId, { kind: 'submitted', obligationId, version: submission.version, unitId: obligation.unitId, reply });
    }
    return { held: resolved, submission };
  }

  /**
   * Registers a letter from the triage queue as a citizen case (channel e-mail, received when the mail
   * arrived), and records on the held message which case it became.
   */
  async registerAsCase(actor: Actor, heldId: string, cases: CaseService, registration: Omit<CaseRegistrationInput, 'channel' | 'receivedAt'>) {
    const held = await this.open(actor, heldId);
    if (held.reason !== 'case-triage') {
      throw new ValidationError('not-a-case-letter', 'Thư này không gửi đến địa chỉ tiếp nhận đơn thư.', 'This message was not sent to the cases address.');
    }
    const petitioner = { ...(registration.petitioner ?? {}), ...(registration.anonymous ? {} : { email: registration.petitioner?.email ?? held.from }) };
    const result = await cases.register(actor, { ...registration, petitioner, channel: 'email', receivedAt: held.receivedAt }, 'email-triage');
    // Once registered, the letter's sender and subject live only in the case, under its protections.
    const resolved = await this.repository.resolveHeld(held, { action: 'assigned', by: actor.userId, at: this.clock.now().toISOString(), caseId: result.case.id }, { forgetSender: true });
    return { ...result, held: resolved };
  }

  async discard(actor: Actor, heldId: string, reason: string): Promise<HeldMessage> {
    const held = await this.open(actor, heldId);
    return this.repository.resolveHeld(held, { action: 'discarded', by: actor.userId, at: this.clock.now().toISOString(), reason });
  }

  private async open(actor: Actor, heldId: string): Promise<HeldMessage> {
    const held = await this.getHeld(actor, heldId);
    if (held.status !== 'held') {
      throw new ConflictError('already-resolved', 'Thư này đã được xử lý.', 'This message was dealt with already.', [{ path: 'heldId', message: held.status }]);
    }
    return held;
  }

  /** The checks of the issue, in order; the first that fails holds the message with its reason. */
  private async decide(record: SesReceiptRecord, parsed: Parsed, s3Key: string, messageId: string, hash: string, reused: boolean): Promise<InboundOutcome> {
    const { mail, receipt } = record.ses;
    const { agencyId, domain } = this.settings;
    const { email } = parsed;
    const verdicts = verdictsOf(record);
    const parts = email ? partsOf(email) : [];
    const subject = subjectOf(email, mail);
    const automatic = isAutomatic(mail.source, email?.headers ?? []);
    const from = senderOf(email, mail);

    const hold = async (reason: HoldReason, detail?: string, unitId?: string): Promise<InboundOutcome> => {
      const heldId = hash.slice(0, 32);
      const notify = HOLD_REASONS[reason].reply && !automatic && from.includes('@');
      const message: HeldMessage = {
        agencyId,
        heldId,
        reason,
        reasonVi: HOLD_REASONS[reason].vi,
        reasonEn: HOLD_REASONS[reason].en,
        ...(detail ? { detail: detail.slice(0, 500) } : {}),
        from,
        envelopeFrom: mail.source,
        to: receipt.recipients,
        subject: subject.slice(0, 500),
        receivedAt: receipt.timestamp,
        s3Key,
        sesMessageId: mail.messageId,
        messageId,
        ingestKey: hash,
        verdicts,
        attachments: parts.map((p) => ({ filename: p.filename ?? '', contentType: p.mimeType, size: p.content.byteLength })),
        senderNotified: notify,
        ...(unitId ? { unitId } : {}),
        status: 'held',
        version: 0,
      };
      await this.repository.hold(message);
      return { kind: 'held', heldId, reason, ...(detail ? { detail } : {}), ...(notify ? { reply: { to: from, originalMessageId: messageId, originalSubject: subject } } : {}) };
    };

    const refused = evaluateVerdicts(verdicts);
    if (refused) return hold(refused.reason, refused.detail);
    if (reused) return hold('reused-message-id', messageId);
    if (parsed.problem || !email) return hold('malformed', parsed.problem);
    if (automatic) return hold('auto-generated', mail.source || '<>');
    if (!from.includes('@')) return hold('malformed', 'no From address');
    if (domainOf(from) !== domainOf(bareAddress(mail.source))) return hold('sender-mismatch', `From ${from}, MAIL FROM ${mail.source}`);

    // Citizens write to the cases address from any address: their letters go to the office's triage queue.
    if (receipt.recipients.some((r) => r.toLowerCase().startsWith(`${CASES_MAILBOX}@`))) return hold('case-triage', undefined);

    const [units, user] = await Promise.all([this.organization.listUnits(agencyId), this.organization.findUserByEmail(from)]);
    const sender = matchSender(from, agencyId, units, user);
    if (!sender) return hold('unknown-sender', from);
    const unitId = sender.unit.unitId;
    const actor: Actor =
      sender.kind === 'user'
        ? { userId: sender.user.userId, email: sender.user.email, agencyId, roles: sender.user.roles, unitId }
        : { userId: `email:${from}`, email: from, agencyId, roles: ['reporter'], unitId };

    const target = extractTarget(receipt.recipients, subject, domain);
    if (target.kind === 'none') return hold('no-target', undefined, unitId);
    if (target.kind === 'ambiguous') return hold('ambiguous-target', target.codes.join(', '), unitId);
    const obligation = target.kind === 'obligation' ? await this.reporting.findByCode(target.code) : undefined;
    if (target.kind === 'obligation') {
      if (!obligation || obligation.agencyId !== agencyId) return hold('unknown-obligation', target.code, unitId);
      if (obligation.unitId !== unitId) return hold('wrong-unit', target.code, unitId);
    }

    const checked = checkAttachments(parts);
    if ('reason' in checked) return hold(checked.reason, checked.detail, unitId);
    const text = bodyText(email);
    const reply = { to: from, originalMessageId: messageId, originalSubject: subject };

    if (!obligation) {
      const title = obstacleTitle(subject).slice(0, 200);
      const description = text.trim().slice(0, 20_000);
      if (title.length < 5 || description.length < 10) return hold('obstacle-too-short', undefined, unitId);
      try {
        // Named after the message, so a retried delivery finds the obstacle it already filed.
        const obstacle = await this.withFiles(agencyId, unitId, checked.files, (refs) =>
          this.reporting.reportObstacle(actor, { title, description, attachments: refs }, 'email', { obstacleId: `email-${hash.slice(0, 26)}`, reportedAt: receipt.timestamp }),
        );
        return { kind: 'obstacle', obstacleId: obstacle.obstacleId, title, reportedAt: obstacle.reportedAt, unitId, reply };
      } catch (error) {
        if (error instanceof AppError) return hold('submission-refused', refusalDetail(error), unitId);
        throw error;
      }
    }

    if (checked.files.length === 0) return hold('no-attachment', undefined, unitId);
    try {
      const { submission } = await this.withFiles(agencyId, unitId, checked.files, (refs) =>
        this.reporting.submit(actor, obligation.obligationId, EMAIL_CONTENT, refs, {
          channel: 'email',
          idempotencyKey: `email:${hash}`,
          sourceMessageId: messageId,
          message: text,
        }),
      );
      return { kind: 'submitted', obligationId: obligation.obligationId, version: submission.version, unitId, reply };
    } catch (error) {
      if (error instanceof AppError && error.status < 500 && error.name !== 'VersionConflictError') return hold('submission-refused', refusalDetail(error), unitId);
      throw error;
    }
  }

  /**
   * Stores the files as uploads of the unit for `use` to file, then deletes them whatever happened:
   * what a filed version references is the copy the reporting service made and checked.
   */
  private async withFiles<T>(agencyId: string, unitId: string, files: AcceptedFile[], use: (refs: AttachmentRef[]) => Promise<T>): Promise<T> {
    const refs: AttachmentRef[] = [];
    try {
      for (const file of files) {
        const key = uploadKey(agencyId, unitId, file.filename);
        await this.attachments.put(key, file.content, file.contentType);
        refs.push({ key, filename: file.filename });
      }
      return await use(refs);
    } finally {
      await Promise.all(refs.map((ref) => this.attachments.delete(ref.key).catch(() => undefined)));
    }
  }

  /** One reply per message, whatever the retries: recorded before sending, marked sent after. */
  private async sendReply(replyKey: string, messageId: string, outcome: InboundOutcome): Promise<void> {
    const { reply } = outcome;
    if (!reply) return;
    const { agencyId } = this.settings;
    const alertId = `email-reply:${replyKey}`;
    const now = this.clock.now();
    const alert = {
      agencyId,
      alertId,
      kind: 'email-reply',
      subjectRef: messageId.slice(0, 500),
      subjectTitle: reply.originalSubject.slice(0, 200),
      stage: outcome.kind,
      recipientUserId: reply.to,
      createdAt: now.toISOString(),
      urgent: true,
    };
    const sent = await sendOnce({ alerts: this.alerts, mailer: this.mailer }, now, [alert], async (): Promise<MailMessage> => {
      if (outcome.kind === 'submitted') {
        const unitActor: Actor = { userId: `email:${reply.to}`, email: reply.to, agencyId, roles: ['reporter'], unitId: outcome.unitId };
        return acceptedReply(reply, await this.reporting.receipt(unitActor, outcome.obligationId, outcome.version));
      }
      return outcome.kind === 'obstacle' ? obstacleReply(reply, outcome) : rejectedReply(reply, outcome.reason, outcome.detail);
    });
    // A refused reply was given back: failing makes this invocation's retry (or a redelivery) send it.
    if (sent.outcome === 'refused') throw sent.error;
  }
}

async function parse(raw: Uint8Array): Promise<Parsed> {
  const problem = mimeProblem(raw);
  if (problem) return { email: undefined, problem };
  try {
    return { email: await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' }), problem: undefined };
  } catch (error) {
    return { email: undefined, problem: (error as Error).message };
  }
}

type SesMail = SesReceiptRecord['ses']['mail'];

const senderOf = (email: Email | undefined, mail: SesMail) => bareAddress(email?.from?.address ?? mail.commonHeaders?.from?.[0]);

/** An encoded subject may decode to several lines: it is one line wherever it goes (titles, the holding area, replies). */
const subjectOf = (email: Email | undefined, mail: SesMail) => singleLine(email?.subject ?? mail.commonHeaders?.subject ?? '');

const contentOf = (email: Email, mail: SesMail) => ({ from: senderOf(email, mail), subject: subjectOf(email, mail), text: bodyText(email), parts: partsOf(email) });

function partsOf(email: Email): MailPart[] {
  return email.attachments.map((a) => ({
    filename: a.filename,
    mimeType: a.mimeType,
    disposition: a.disposition,
    related: a.related,
    content: typeof a.content === 'string' ? Buffer.from(a.content, 'base64') : new Uint8Array(a.content),
  }));
}

/** The message's text: its plain part, or its HTML part with the markup stripped. */
function bodyText(email: Email): string {
  if (email.text?.trim()) return email.text.trim();
  return (email.html ?? '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/** Why filing was refused, for the holding area and the reply: the message, then each reason (Vietnamese side). */
const refusalDetail = (error: AppError) => [error.messageVi, ...error.details.map((d) => d.message.split(' / ')[0])].join(' ');
