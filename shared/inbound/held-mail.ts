import { authorize, can, type Actor } from '../access/policy.ts';
import type { CaseRegistrationInput } from '../cases/model.ts';
import type { CaseService } from '../cases/service.ts';
import type { Clock } from '../clock.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { Submission } from '../reporting/model.ts';
import { obligationCode } from '../reporting/rules.ts';
import type { ReportingService } from '../reporting/service.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { bodyText, parse, partsOf, withFiles, type RawMailStore } from './message.ts';
import type { HeldMessage, HoldReason } from './model.ts';
import { HOLD_REASONS } from './reasons.ts';
import type { ReplySender } from './reply-sender.ts';
import type { InboundMailRepository } from './repository.ts';
import { checkAttachments, messageHash } from './rules.ts';

export interface HeldMailDependencies {
  rawMail: RawMailStore;
  attachments: AttachmentStore;
  reporting: Pick<ReportingService, 'findByCode' | 'fileHeldMail'>;
  cases: Pick<CaseService, 'register'>;
  repository: InboundMailRepository;
  replies: ReplySender;
  clock: Clock;
}

/** A citizen's letter in the triage queue is read only by those who register cases (not by an administrator). */
const mayRead = (actor: Actor, m: HeldMessage) => m.reason !== 'case-triage' || can(actor, 'case.register', { agencyId: actor.agencyId });

/**
 * The office's review of the holding area: the messages e-mail intake could not file, each filed as a
 * report, registered as a citizen case, or discarded.
 */
export class HeldMailService {
  constructor(private readonly deps: HeldMailDependencies) {}

  async list(actor: Actor, status?: HeldMessage['status']): Promise<HeldMessage[]> {
    authorize(actor, 'inbound.review', { agencyId: actor.agencyId });
    const all = (await this.deps.repository.listHeld(actor.agencyId)).filter((m) => mayRead(actor, m));
    return status ? all.filter((m) => m.status === status) : all;
  }

  async get(actor: Actor, heldId: string): Promise<HeldMessage> {
    authorize(actor, 'inbound.review', { agencyId: actor.agencyId });
    const held = await this.deps.repository.getHeld(actor.agencyId, heldId);
    if (!held || !mayRead(actor, held)) throw new NotFoundError('thư đang giữ / held message', heldId);
    return held;
  }

  /** Files a held message's attachments as a version of `obligationId`, for the obligation's unit, recorded as filed by the office user. */
  async assign(actor: Actor, heldId: string, obligationId: string): Promise<{ held: HeldMessage; submission: Submission }> {
    const held = await this.open(actor, heldId);
    if (held.reason === 'virus') {
      throw new ValidationError('suspicious-message', 'Thư bị nghi chứa vi-rút: không thể ghi nhận tệp đính kèm.', 'The message may carry a virus: its attachments cannot be filed.');
    }
    const { reporting, rawMail, repository, clock } = this.deps;
    // Looked up by its code, not as the office user: an admin may review mail without reading reports.
    const obligation = await reporting.findByCode(obligationCode(obligationId));
    if (!obligation || obligation.obligationId !== obligationId || obligation.agencyId !== actor.agencyId) throw new NotFoundError('nghĩa vụ báo cáo / obligation', obligationId);
    const raw = await rawMail.get(held.s3Key);
    if (!raw) throw new NotFoundError('thư gốc / raw message', held.s3Key);
    const { email, problem } = await parse(raw);
    if (!email || problem) throw new ValidationError('malformed-message', 'Thư không đọc được, không thể ghi nhận.', 'The message cannot be read, so it cannot be filed.');
    const checked = checkAttachments(partsOf(email));
    if ('reason' in checked || checked.files.length === 0) {
      const reason: HoldReason = 'reason' in checked ? checked.reason : 'no-attachment';
      const detail = 'reason' in checked && checked.detail ? ` (${checked.detail})` : '';
      throw new ValidationError('attachments-refused', `${HOLD_REASONS[reason].vi}${detail}`, `${HOLD_REASONS[reason].en}${detail}`);
    }
    const ingestKey = held.ingestKey ?? messageHash(held.messageId);
    const { submission } = await withFiles(this.deps.attachments, actor.agencyId, obligation.unitId, checked.files, (refs) =>
      reporting.fileHeldMail(actor, obligationId, refs, { idempotencyKey: `email:${ingestKey}`, sourceMessageId: held.messageId, message: bodyText(email) }),
    );
    const resolved = await repository.resolveHeld(held, {
      action: 'assigned',
      by: actor.userId,
      at: clock.now().toISOString(),
      obligationId,
      version: submission.version,
      receiptNumber: submission.receiptNumber,
    });
    if (HOLD_REASONS[held.reason].reply && held.from) {
      const reply = { to: held.from, originalMessageId: held.messageId, originalSubject: held.subject };
      await this.deps.replies.send(`${ingestKey}:assigned`, held.messageId, { kind: 'submitted', obligationId, version: submission.version, unitId: obligation.unitId, reply });
    }
    return { held: resolved, submission };
  }

  /**
   * Registers a letter from the triage queue as a citizen case (channel e-mail, received when the mail
   * arrived), and records on the held message which case it became.
   */
  async registerAsCase(actor: Actor, heldId: string, registration: Omit<CaseRegistrationInput, 'channel' | 'receivedAt'>) {
    const held = await this.open(actor, heldId);
    if (held.reason !== 'case-triage') {
      throw new ValidationError('not-a-case-letter', 'Thư này không gửi đến địa chỉ tiếp nhận đơn thư.', 'This message was not sent to the cases address.');
    }
    const petitioner = { ...(registration.petitioner ?? {}), ...(registration.anonymous ? {} : { email: registration.petitioner?.email ?? held.from }) };
    const result = await this.deps.cases.register(actor, { ...registration, petitioner, channel: 'email', receivedAt: held.receivedAt }, 'email-triage');
    // Once registered, the letter's sender and subject live only in the case, under its protections.
    const resolved = await this.deps.repository.resolveHeld(held, { action: 'assigned', by: actor.userId, at: this.deps.clock.now().toISOString(), caseId: result.case.id }, { forgetSender: true });
    return { ...result, held: resolved };
  }

  async discard(actor: Actor, heldId: string, reason: string): Promise<HeldMessage> {
    const held = await this.open(actor, heldId);
    return this.deps.repository.resolveHeld(held, { action: 'discarded', by: actor.userId, at: this.deps.clock.now().toISOString(), reason });
  }

  private async open(actor: Actor, heldId: string): Promise<HeldMessage> {
    const held = await this.get(actor, heldId);
    if (held.status !== 'held') {
      throw new ConflictError('already-resolved', 'Thư này đã được xử lý.', 'This message was dealt with already.', [{ path: 'heldId', message: held.status }]);
    }
    return held;
  }
}
