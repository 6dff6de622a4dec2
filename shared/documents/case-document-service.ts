import { maySeeRecord } from '../access/case-access.ts';
import { authorize, type Actor } from '../access/policy.ts';
import type { AlertLog } from '../alerts/alert-log.ts';
import type { CaseRepository } from '../cases/repository.ts';
import type { CitizenCase } from '../cases/model.ts';
import type { Clock } from '../clock.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import type { Directory } from '../organization/directory.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { localDate } from '../time-zone.ts';
import type { CaseDocumentRepository } from './case-document-repository.ts';
import type { CaseDocumentView, IssueCaseDocumentInput } from './case-document-views.ts';
import { documentIdOf, documentSubjectRef, documentSummary, mayReadCaseDocument, noticeKeyOf, noticeRefusal, noticesFor, type NoticeKey, type StoredCaseDocument } from './case-documents.ts';
import { caseNoticeText, noticeFacts, noticeTemplate, type CaseNoticeTemplate } from './case-notices.ts';
import { documentSymbolOf } from './register.ts';

export interface CaseDocumentDependencies {
  documents: CaseDocumentRepository;
  cases: CaseRepository;
  organization: OrganizationRepository;
  alerts: AlertLog;
  store: AttachmentStore;
  templates: readonly CaseNoticeTemplate[];
  clock: Clock;
}

const NOTICE_LABELS: Record<`${NoticeKey['step']}/${NoticeKey['addressee']}`, { vi: string; en: string }> = {
  'acceptance/petitioner': { vi: 'Thông báo thụ lý', en: 'Notice of acceptance' },
  'not-accepted/petitioner': { vi: 'Thông báo không thụ lý', en: 'Notice of non-acceptance' },
  'acceptance/accused': { vi: 'Thông báo nội dung tố cáo cho người bị tố cáo', en: 'Notice of the denunciation to the accused' },
  'not-accepted/accused': { vi: 'Thông báo cho người bị tố cáo', en: 'Notice to the accused' },
};

function addresseeLabel(c: CitizenCase, addressee: NoticeKey['addressee']) {
  if (addressee === 'accused') return { vi: 'Người bị tố cáo', en: 'The accused' };
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
    // A case takes one of the two paths: once accepted, no notice of non-acceptance is offered, and the reverse.
    const offPath = (notice: NoticeKey) => (notice.step === 'acceptance' ? c.notAccepted !== undefined : c.acceptance !== undefined);
    const issuable = noticesFor(this.deps.templates, c, today)
      .filter((notice) => !offPath(notice) && mayReadCaseDocument(actor, c, notice, directory))
      .map((notice) => {
        const refusal = noticeRefusal(c, notice);
        return { ...notice, label: NOTICE_LABELS[`${notice.step}/${notice.addressee}`], issued: documents.some((d) => d.step === notice.step && d.addressee === notice.addressee), ...(refusal ? { refusal } : {}) };
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
    const notice: NoticeKey = replaced ? { step: replaced.step, addressee: replaced.addressee } : (input as NoticeKey);
    if (!mayReadCaseDocument(actor, c, notice, directory)) throw new ForbiddenError('case-document.issue');
    const sameNotice = existing.filter((d) => d.step === notice.step && d.addressee === notice.addressee);
    if (!replaced && sameNotice[0]) return this.view(c, sameNotice[0], directory);
    if (replaced?.replacedBy) {
      throw new ConflictError('document-replaced', `Văn bản ${replaced.symbol} đã được thay thế bởi văn bản ${replaced.replacedBy.symbol}.`, `Document ${replaced.symbol} was already replaced by ${replaced.replacedBy.symbol}.`);
    }
    const today = localDate(this.deps.clock.now());
    if (!noticesFor(this.deps.templates, c, today).some((n) => n.step === notice.step && n.addressee === notice.addressee)) {
      throw new ValidationError('no-such-notice', 'Loại hồ sơ này không có mẫu thông báo đó.', 'No such notice is prescribed for this type of case.', [{ path: 'body.step', message: `${notice.step}/${notice.addressee}` }]);
    }
    const refusal = noticeRefusal(c, notice);
    if (refusal) throw new ConflictError('notice-not-applicable', refusal.vi, refusal.en);

    const agency = await this.deps.organization.getAgency(actor.agencyId);
    if (!agency) throw new NotFoundError('cơ quan / agency', actor.agencyId);
    const template = noticeTemplate(this.deps.templates, c, notice.step, notice.addressee, today);
    const text = caseNoticeText(template, noticeFacts(c, agency.name, notice.addressee));
    const head = directory.user(directory.agencyHead());
    const n = Math.max(0, ...sameNotice.map((d) => noticeKeyOf(d.documentId)?.n ?? 0)) + 1;
    const mailTo = notice.addressee === 'petitioner' && !c.anonymous ? c.petitioner.email : undefined;
    const doc = await this.deps.documents.issue(
      {
        agencyId: actor.agencyId,
        caseId,
        documentId: documentIdOf(notice, n),
        step: notice.step,
        addressee: notice.addressee,
        documentType: template.documentType,
        issuedOn: today,
        issuedAt: this.deps.clock.now().toISOString(),
        issuedBy: actor.userId,
        text,
        issuer: { name: agency.name, shortName: agency.shortName, placeName: agency.placeName, ...(agency.parentBody ? { parentBody: agency.parentBody } : {}) },
        signer: { authority: head?.title ?? 'Thủ trưởng cơ quan', position: '', name: head?.fullName ?? '' },
        ...(mailTo ? { mailTo } : {}),
        ...(replaced && 'reason' in input ? { replaces: { documentId: replaced.documentId, symbol: replaced.symbol, issuedOn: replaced.issuedOn, reason: input.reason } } : {}),
        status: 'pending',
      },
      { agencySymbol: documentSymbolOf(agency.shortName), summary: documentSummary(text) },
    );
    await this.logIfProtected(actor, c, `document-issue:${doc.documentId}`);
    return this.view(c, doc, directory);
  }

  private async view(c: CitizenCase, d: StoredCaseDocument, directory: Directory): Promise<CaseDocumentView> {
    const alert = d.mailTo ? (await this.deps.alerts.list(c.agencyId, documentSubjectRef(c.id, d.documentId)))[0] : undefined;
    return {
      documentId: d.documentId,
      step: d.step,
      addressee: d.addressee,
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
