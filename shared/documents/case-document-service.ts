import { maySeeRecord } from '../access/case-access.ts';
import { authorize, type Actor } from '../access/policy.ts';
import type { AlertLog } from '../alerts/alert-log.ts';
import { allowedCommands } from '../cases/lifecycle.ts';
import type { CaseRepository } from '../cases/repository.ts';
import type { CaseService } from '../cases/service.ts';
import type { CitizenCase } from '../cases/model.ts';
import type { Clock } from '../clock.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, VersionConflictError } from '../errors.ts';
import type { Directory } from '../organization/directory.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { formatVi } from '../deadlines/civil-date.ts';
import { localDate } from '../time-zone.ts';
import type { CaseDocumentRepository } from './case-document-repository.ts';
import type { CaseDocumentView, IssueCaseDocumentInput } from './case-document-views.ts';
import { documentIdOf, documentSubjectRef, documentSummary, mayReadCaseDocument, noticeKeyOf, noticeRefusal, noticesFor, sameNotice, type NoticeKey, type StoredCaseDocument } from './case-documents.ts';
import { caseNoticeText, noticeFacts, noticeTemplate, type CaseNoticeTemplate } from './case-notices.ts';
import { documentSymbolOf } from './register.ts';

export interface CaseDocumentDependencies {
  documents: CaseDocumentRepository;
  cases: CaseRepository;
  organization: OrganizationRepository;
  alerts: AlertLog;
  store: AttachmentStore;
  /** The templates in force for the agency on a date (the shipped ones and the agency's wording). */
  templates: { inForce(agencyId: string, date: string): Promise<CaseNoticeTemplate[]> };
  /** The case's own commands: a notice that is the step the law requires records that step. */
  caseCommands: Pick<CaseService, 'command'>;
  clock: Clock;
}

/** What the case page calls a document it may issue: the template's label, and for a decision's, which one. */
function noticeLabel(c: CitizenCase, notice: NoticeKey & { template: CaseNoticeTemplate }) {
  const decision = notice.decision === undefined ? undefined : c.decisions[notice.decision];
  if (!decision) return notice.template.label;
  const ordinal = c.decisions.slice(0, (notice.decision ?? 0) + 1).filter((d) => d.kind === decision.kind).length;
  const on = formatVi(decision.decidedOn);
  return { vi: `${notice.template.label.vi} (lần ${ordinal}, ngày ${on})`, en: `${notice.template.label.en} (no. ${ordinal}, ${on})` };
}

/**
 * Whether the case page offers the notice: a case is accepted, refused acceptance or transferred, and
 * only that path's notices are offered (before either, the two of thụ lý, with why not yet); a transfer's,
 * a result's or a refusal's once the case has it.
 */
function onPath(c: CitizenCase, notice: NoticeKey): boolean {
  switch (notice.step) {
    case 'acceptance':
      return !c.notAccepted && !c.transfer;
    case 'not-accepted':
      return !c.acceptance && !c.transfer;
    case 'transfer':
      return c.transfer !== undefined;
    case 'resolution':
      return c.resolution !== undefined;
    case 'refusal':
      return c.refusal !== undefined;
    default:
      return true;
  }
}

function addresseeLabel(c: CitizenCase, addressee: NoticeKey['addressee']) {
  if (addressee === 'leader') return { vi: 'Lãnh đạo cơ quan (văn bản nội bộ)', en: 'The agency’s leaders (internal)' };
  if (addressee === 'accused') return { vi: 'Người bị tố cáo', en: 'The accused' };
  if (addressee === 'receiving-body') return { vi: `Cơ quan nhận đơn chuyển: ${c.transfer?.to ?? ''}`, en: `The body it is transferred to: ${c.transfer?.to ?? ''}` };
  if (addressee === 'parties') return c.type === 'to-cao' ? { vi: 'Người tố cáo và người bị tố cáo', en: 'The denouncer and the accused' } : { vi: 'Người gửi đơn và các bên liên quan', en: 'The petitioner and the parties' };
  if (c.type === 'to-cao') return { vi: 'Người tố cáo', en: 'The denouncer' };
  return c.type.startsWith('khieu-nai') ? { vi: 'Người khiếu nại', en: 'The complainant' } : { vi: 'Người gửi đơn', en: 'The petitioner' };
}

/**
 * Issuing the documents of a case: the notice the law prescribes for the step, filled from the case,
 * numbered by the outgoing register, stored as issued; its file is built off the request path (the
 * `case-documents` function) and e-mailed from there. Every read asks {@link mayReadCaseDocument}.
 */
export class CaseDocumentService {
  constructor(private readonly deps: CaseDocumentDependencies) {}

  async list(actor: Actor, caseId: string) {
    const { c, directory } = await this.visibleCase(actor, caseId);
    const today = localDate(this.deps.clock.now());
    const documents = (await this.deps.documents.list(actor.agencyId, caseId)).filter((d) => mayReadCaseDocument(actor, c, d, directory));
    await this.logIfProtected(actor, c, 'documents:list');
    const templates = await this.deps.templates.inForce(actor.agencyId, today);
    const issuable = noticesFor(templates, c, today)
      .filter((notice) => onPath(c, notice) && mayReadCaseDocument(actor, c, notice, directory))
      .map(({ template: _template, ...notice }) => {
        const refusal = noticeRefusal(c, notice);
        return { ...notice, label: noticeLabel(c, { ...notice, template: _template }), issued: documents.some((d) => sameNotice(d, notice)), ...(refusal ? { refusal } : {}) };
      });
    return { items: await Promise.all(documents.map((d) => this.view(c, d, directory))), issuable };
  }

  async get(actor: Actor, caseId: string, documentId: string): Promise<{ document: CaseDocumentView; downloadUrl?: string }> {
    const { c, directory } = await this.visibleCase(actor, caseId);
    const key = noticeKeyOf(documentId);
    const doc = key && mayReadCaseDocument(actor, c, key, directory) ? await this.deps.documents.get(actor.agencyId, caseId, documentId) : undefined;
    if (!doc) throw new NotFoundError('văn bản / document', documentId);
    await this.logIfProtected(actor, c, `document:${documentId}`);
    const downloadUrl = doc.file ? await this.deps.store.downloadUrl(doc.file.key, doc.file.filename) : undefined;
    return { document: await this.view(c, doc, directory), ...(downloadUrl ? { downloadUrl } : {}) };
  }

  /**
   * Issues the notice (or the correction of one): the same request twice gives the same document, and
   * a document is corrected once, by a new one with its own number that says what it replaces.
   */
  async issue(actor: Actor, caseId: string, input: IssueCaseDocumentInput): Promise<CaseDocumentView> {
    authorize(actor, 'case.handle', { agencyId: actor.agencyId });
    const { c, directory } = await this.visibleCase(actor, caseId);
    // What the actor may not read does not exist for them, not even to correct.
    const existing = (await this.deps.documents.list(actor.agencyId, caseId)).filter((d) => mayReadCaseDocument(actor, c, d, directory));
    const replaced = 'replaces' in input ? existing.find((d) => d.documentId === input.replaces) : undefined;
    if ('replaces' in input && !replaced) throw new NotFoundError('văn bản / document', input.replaces);
    const notice: NoticeKey = replaced ? { step: replaced.step, addressee: replaced.addressee, decision: replaced.decision } : (input as NoticeKey);
    if (!mayReadCaseDocument(actor, c, notice, directory)) throw new ForbiddenError('case-document.issue');
    const issues = existing.filter((d) => sameNotice(d, notice));
    if (!replaced && issues[0]) {
      await this.recordNotification(actor, caseId, issues[0]);
      return this.view(c, issues[0], directory);
    }
    if (replaced?.replacedBy) {
      throw new ConflictError('document-replaced', `Văn bản ${replaced.symbol} đã được thay thế bởi văn bản ${replaced.replacedBy.symbol}.`, `Document ${replaced.symbol} was already replaced by ${replaced.replacedBy.symbol}.`);
    }
    const today = localDate(this.deps.clock.now());
    // First whether the law has such a document for this type of case, then whether the case is at it.
    const templates = await this.deps.templates.inForce(actor.agencyId, today);
    if (!templates.some((t) => t.step === notice.step && t.addressee === notice.addressee && t.caseTypes.includes(c.type))) {
      throw new ValidationError('no-such-notice', 'Loại hồ sơ này không có mẫu văn bản đó.', 'No such document is prescribed for this type of case.', [{ path: 'body.step', message: `${notice.step}/${notice.addressee}` }]);
    }
    const refusal = noticeRefusal(c, notice);
    if (refusal) throw new ConflictError('notice-not-applicable', refusal.vi, refusal.en);
    if (!noticesFor(templates, c, today).some((n) => sameNotice(n, notice))) {
      throw new ValidationError('no-such-notice', 'Không có mẫu văn bản này áp dụng vào ngày hôm nay.', 'No template of this document applies today.', [{ path: 'body.step', message: `${notice.step}/${notice.addressee}` }]);
    }

    const agency = await this.deps.organization.getAgency(actor.agencyId);
    if (!agency) throw new NotFoundError('cơ quan / agency', actor.agencyId);
    const template = noticeTemplate(templates, c, notice.step, notice.addressee, today);
    const text = caseNoticeText(template, noticeFacts(c, agency.name, notice.addressee, notice.decision));
    const head = directory.user(directory.agencyHead());
    const proposer = directory.user(actor.userId);
    const n = Math.max(0, ...issues.map((d) => noticeKeyOf(d.documentId)?.n ?? 0)) + 1;
    // The citizen is sent what is addressed to them, and the decisions both sides receive.
    const mailTo = (notice.addressee === 'petitioner' || notice.addressee === 'parties') && !c.anonymous ? c.petitioner.email : undefined;
    const doc = await this.deps.documents.issue(
      {
        agencyId: actor.agencyId,
        caseId,
        documentId: documentIdOf(notice, n),
        step: notice.step,
        addressee: notice.addressee,
        ...(notice.decision === undefined ? {} : { decision: notice.decision }),
        documentType: template.documentType,
        issuedOn: today,
        issuedAt: this.deps.clock.now().toISOString(),
        issuedBy: actor.userId,
        text,
        issuer: { name: agency.name, shortName: agency.shortName, placeName: agency.placeName, ...(agency.parentBody ? { parentBody: agency.parentBody } : {}) },
        // The proposal is the handler's, to the leaders; everything else goes out under the head's signature.
        signer: notice.addressee === 'leader' ? { authority: 'Người đề xuất', position: proposer?.title ?? '', name: proposer?.fullName ?? '' } : { authority: head?.title ?? 'Thủ trưởng cơ quan', position: '', name: head?.fullName ?? '' },
        ...(mailTo ? { mailTo } : {}),
        ...(replaced && 'reason' in input ? { replaces: { documentId: replaced.documentId, symbol: replaced.symbol, issuedOn: replaced.issuedOn, reason: input.reason } } : {}),
        status: 'pending',
      },
      { agencySymbol: documentSymbolOf(agency.shortName), summary: documentSummary(text) },
    );
    await this.logIfProtected(actor, c, `document-issue:${doc.documentId}`);
    await this.recordNotification(actor, caseId, doc);
    return this.view(c, doc, directory);
  }

  /**
   * The denouncer's notice of thụ lý is the notification Luật Tố cáo requires within its time limit:
   * issuing it records `notify` with the document's number, closing that deadline, so no reminder or
   * escalation follows a notice already sent. Asked again when the same issue is repeated, it mends a
   * failure between the two writes; a case changed meanwhile is read again.
   */
  private async recordNotification(actor: Actor, caseId: string, doc: Pick<StoredCaseDocument, 'step' | 'addressee' | 'symbol'>): Promise<void> {
    if (doc.step !== 'acceptance' || doc.addressee !== 'petitioner') return;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const c = await this.deps.cases.get(actor.agencyId, caseId);
      if (!c || c.type !== 'to-cao' || !allowedCommands(c.type, c.status).includes('notify') || !c.deadlines.some((d) => d.step === 'notification' && d.status === 'open')) return;
      try {
        await this.deps.caseCommands.command(actor, caseId, c.version, { type: 'notify', documentRef: doc.symbol });
        return;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
      }
    }
  }

  private async view(c: CitizenCase, d: StoredCaseDocument, directory: Directory): Promise<CaseDocumentView> {
    const alert = d.mailTo ? (await this.deps.alerts.list(c.agencyId, documentSubjectRef(c.id, d.documentId)))[0] : undefined;
    return {
      documentId: d.documentId,
      step: d.step,
      addressee: d.addressee,
      ...(d.decision === undefined ? {} : { decision: d.decision }),
      symbol: d.symbol,
      issuedOn: d.issuedOn,
      summary: documentSummary(d.text),
      addresseeLabel: addresseeLabel(c, d.addressee),
      issuedByName: directory.user(d.issuedBy)?.fullName ?? 'Cán bộ đã nghỉ / A former official',
      status: d.status,
      ...(d.file ? { filename: d.file.filename, size: d.file.size } : {}),
      email: !d.mailTo ? 'not-sent-by-email' : alert?.status === 'sent' ? 'sent' : 'pending',
      ...(d.replaces ? { replaces: d.replaces } : {}),
      ...(d.replacedBy ? { replacedBy: d.replacedBy } : {}),
    };
  }

  private async visibleCase(actor: Actor, caseId: string): Promise<{ c: CitizenCase; directory: Directory }> {
    authorize(actor, 'case.read', { agencyId: actor.agencyId });
    const [c, directory] = await Promise.all([this.deps.cases.get(actor.agencyId, caseId), this.deps.organization.directory(actor.agencyId)]);
    if (!c || !maySeeRecord(actor, { kind: 'case', agencyId: c.agencyId, official: c.officialConcerned }, directory)) throw new NotFoundError('hồ sơ / case', caseId);
    return { c, directory };
  }

  /** A denunciation's documents are protected records, like the case: every read is logged. */
  private async logIfProtected(actor: Actor, c: CitizenCase, action: string): Promise<void> {
    if (c.type !== 'to-cao') return;
    await this.deps.cases.logAccess(actor.agencyId, { at: this.deps.clock.now().toISOString(), userId: actor.userId, action, recordId: c.id });
  }
}
