import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { actorOf, authorize, can, visibleUnits, type Actor } from '../access/policy.ts';
import type { Clock } from '../clock.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Unit } from '../organization/model.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import { AttachmentIntake, keepingOnlyIfFiled, type AttachmentRef } from '../attachments/attachment-intake.ts';
import { uploadKey } from '../attachments/keys.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import type { DeadlineService } from '../tracked-deadlines/service.ts';
import { complianceMatrix } from './compliance.ts';
import {
  ALLOWED_ATTACHMENT_TYPES,
  type Attachment,
  type AttachmentContentType,
  type Draft,
  type Obligation,
  type MailSender,
  type ObligationTemplate,
  type ReportContent,
  type ReportingPlan,
  type Submission,
} from './model.ts';
import type { ReportingRepository } from './repository.ts';
import { contentProblems, invalidReport as invalid, obligationCode, obligationIdOf, obligationStatus } from './rules.ts';
import type { AttachmentLink, ComplianceMatrix, ObligationView, Receipt } from './views.ts';
import { reportDeadline, reportDeadlineId } from './report-deadlines.ts';
import { localMidnight } from '../time-zone.ts';

export interface SubmitOptions {
  channel: 'web' | 'email';
  idempotencyKey?: string;
  sourceMessageId?: string;
  message?: string;
}

/** An e-mailed report carries its report in the attachments; the form's sections stay empty. */
const EMAIL_CONTENT: ReportContent = { sections: {}, difficulties: '', proposals: '', nextDirection: '' };

/** Who files a version: the agency, the person or address recorded on it, and how to read the obligation again as them. */
interface Filer {
  agencyId: string;
  userId: string;
  reread: () => Promise<Obligation>;
}

/** Units that owe reports: every active unit except the trade union, which coordinates (III.1) but does not report. */
const reportsUnder = (unit: Unit) => unit.active && unit.kind !== 'union';

export interface ReportingDependencies {
  repository: ReportingRepository;
  organization: OrganizationRepository;
  attachments: AttachmentStore;
  deadlines: DeadlineService;
  clock: Clock;
  inboundDomain: string;
}

/** Use cases of unit reporting (the plan's III.2): obligations, drafts, submissions, receipts. Obstacles: `obstacles.ts`. */
export class ReportingService {
  private readonly intake: AttachmentIntake;

  constructor(private readonly deps: ReportingDependencies) {
    this.intake = new AttachmentIntake(deps.attachments);
  }

  async getPlan(actor: Actor): Promise<ReportingPlan> {
    authorize(actor, 'organization.read', { agencyId: actor.agencyId });
    return this.plan(actor.agencyId);
  }

  /**
   * Stores the plan if the agency has none and creates each named unit's obligations for the plan's own periods, those
   * missing only: a rerun creates nothing, whatever periods (an ad-hoc report) or units were added since.
   */
  async installPlan(plan: ReportingPlan, unitIds: readonly string[], by: string): Promise<number> {
    await this.deps.repository.savePlan(plan, null);
    const stored = await this.plan(plan.agencyId);
    const periods = stored.templates.filter((t) => plan.templates.some((own) => own.templateId === t.templateId));
    return (await this.createObligations(stored, periods, unitIds, by)).length;
  }

  /** A new reporting period, added as data: every reporting unit gets its obligation. */
  async addPeriod(actor: Actor, template: ObligationTemplate): Promise<{ plan: ReportingPlan; created: number }> {
    authorize(actor, 'plan.manage', { agencyId: actor.agencyId });
    const plan = await this.plan(actor.agencyId);
    if (plan.templates.some((t) => t.templateId === template.templateId)) {
      throw new ValidationError('duplicate-period', `Đã có kỳ báo cáo “${template.templateId}”.`, `There is a period “${template.templateId}” already.`, [
        { path: 'body.templateId', message: 'Mã kỳ báo cáo đã tồn tại / This period id exists' },
      ]);
    }
    const updated = { ...plan, templates: [...plan.templates, template] };
    await this.deps.repository.savePlan(updated, plan.version);
    const created = await this.createObligations(updated, [template], undefined, actor.userId);
    return { plan: { ...updated, version: plan.version + 1 }, created: created.length };
  }

  /** An ad-hoc report the office asks of some units, due at the end of `dueDate` (local). */
  async createAdHoc(actor: Actor, input: { titleVi: string; titleEn?: string; dueDate: string; unitIds: string[] }): Promise<ObligationView[]> {
    authorize(actor, 'obligation.manage', { agencyId: actor.agencyId });
    const units = await this.deps.organization.listUnits(actor.agencyId);
    const unknown = input.unitIds.filter((id) => !units.some((u) => u.unitId === id && u.active));
    if (unknown.length > 0) {
      throw new ValidationError('unknown-unit', `Không có đơn vị: ${unknown.join(', ')}.`, `Unknown units: ${unknown.join(', ')}.`, unknown.map((id) => ({ path: 'body.unitIds', message: id })));
    }
    const dueInstant = new Date(Date.parse(localMidnight(input.dueDate)) + 86_400_000).toISOString();
    if (Date.parse(dueInstant) <= this.deps.clock.now().getTime()) {
      throw new ValidationError('due-in-past', 'Hạn nộp đã qua.', 'The due date has passed.', [{ path: 'body.dueDate', message: 'Chọn ngày từ hôm nay trở đi / Choose today or later' }]);
    }
    const template: ObligationTemplate = {
      templateId: `dot-xuat-${ulid().toLowerCase()}`,
      kind: 'ad-hoc',
      titleVi: input.titleVi,
      titleEn: input.titleEn ?? input.titleVi,
      dueInstant,
    };
    const plan = await this.plan(actor.agencyId);
    const updated = { ...plan, templates: [...plan.templates, template] };
    await this.deps.repository.savePlan(updated, plan.version);
    const created = await this.createObligations(updated, [template], input.unitIds, actor.userId);
    const recipients = await this.recipients(actor.agencyId);
    return created.map((o) => this.view(o, updated, units, recipients));
  }

  async listObligations(actor: Actor, filter: { unitId?: string; status?: string; templateId?: string }): Promise<ObligationView[]> {
    authorize(actor, 'organization.read', { agencyId: actor.agencyId });
    const visible = visibleUnits(actor, 'report.read');
    const [plan, units, obligations, recipients] = await Promise.all([
      this.plan(actor.agencyId),
      this.deps.organization.listUnits(actor.agencyId),
      this.deps.repository.listObligations(actor.agencyId),
      this.recipients(actor.agencyId),
    ]);
    const views = obligations
      .filter((o) => visible === 'all' || visible.includes(o.unitId))
      .filter((o) => (filter.unitId ? o.unitId === filter.unitId : true))
      .filter((o) => (filter.templateId ? o.templateId === filter.templateId : true))
      .map((o) => this.view(o, plan, units, recipients));
    return views.filter((v) => (filter.status ? v.status === filter.status : true)).sort((a, b) => a.dueInstant.localeCompare(b.dueInstant) || a.unitName.localeCompare(b.unitName, 'vi'));
  }

  async getObligation(actor: Actor, obligationId: string): Promise<{ obligation: ObligationView; draft: Draft | null; submissions: Submission[] }> {
    const obligation = await this.readable(actor, obligationId);
    const [plan, units, draft, submissions, recipients] = await Promise.all([
      this.plan(actor.agencyId),
      this.deps.organization.listUnits(actor.agencyId),
      this.deps.repository.getDraft(actor.agencyId, obligationId),
      this.deps.repository.listSubmissions(actor.agencyId, obligationId),
      this.recipients(actor.agencyId),
    ]);
    // A draft is the unit's working copy: only those who may submit for the unit see it.
    const ownDraft = can(actor, 'report.submit', { agencyId: actor.agencyId, unitId: obligation.unitId }) ? (draft ?? null) : null;
    return { obligation: this.view(obligation, plan, units, recipients), draft: ownDraft, submissions };
  }

  async saveDraft(actor: Actor, obligationId: string, expectedVersion: number | null, content: ReportContent, refs: AttachmentRef[]): Promise<Draft> {
    const obligation = await this.writable(actor, obligationId);
    const plan = await this.plan(actor.agencyId);
    const problems = contentProblems(plan, content, 'draft');
    const attachments = await this.intake.check({ agencyId: actor.agencyId, unitId: obligation.unitId }, refs, problems);
    if (problems.length > 0) throw invalid(problems);
    return this.deps.repository.saveDraft(
      { agencyId: actor.agencyId, obligationId, content, attachments, savedBy: actor.userId, savedAt: this.deps.clock.now().toISOString(), version: 0 },
      expectedVersion,
    );
  }

  /** A reporter files a new version of their unit's report (see `file`). */
  async submit(actor: Actor, obligationId: string, content: ReportContent, refs: AttachmentRef[], options: SubmitOptions): Promise<{ submission: Submission; created: boolean }> {
    const obligation = await this.writable(actor, obligationId);
    return this.file({ agencyId: actor.agencyId, userId: actor.userId, reread: () => this.writable(actor, obligationId) }, obligation, content, refs, options);
  }

  /**
   * A report e-mailed by its unit (a system entry point): a reporter in the directory files as
   * themselves, with their rights; one of the unit's registered addresses files for that unit only.
   */
  async submitByMail(sender: MailSender, obligationId: string, refs: AttachmentRef[], options: Omit<SubmitOptions, 'channel'>): Promise<{ submission: Submission; created: boolean }> {
    const email = { ...options, channel: 'email' } as const;
    if (sender.kind === 'user') return this.submit(actorOf(sender.user), obligationId, EMAIL_CONTENT, refs, email);
    const { agencyId, unitId } = sender.unit;
    const reread = () => this.existing(agencyId, obligationId, unitId);
    return this.file({ agencyId, userId: `email:${sender.address}`, reread }, await reread(), EMAIL_CONTENT, refs, email);
  }

  /** The office files an e-mailed report it took from the holding area, for the obligation's unit, as itself. */
  async fileHeldMail(office: Actor, obligationId: string, refs: AttachmentRef[], options: Omit<SubmitOptions, 'channel'>): Promise<{ submission: Submission; created: boolean }> {
    authorize(office, 'inbound.review', { agencyId: office.agencyId });
    const reread = () => this.existing(office.agencyId, obligationId);
    return this.file({ agencyId: office.agencyId, userId: office.userId, reread }, await reread(), EMAIL_CONTENT, refs, { ...options, channel: 'email' });
  }

  async receipt(actor: Actor, obligationId: string, version: number): Promise<Receipt> {
    return this.receiptOf(await this.readable(actor, obligationId), version);
  }

  /** The receipt of a version filed by e-mail, for the reply to the address that sent it (a system entry point). */
  async mailedReceipt(agencyId: string, obligationId: string, version: number): Promise<Receipt> {
    return this.receiptOf(await this.existing(agencyId, obligationId), version);
  }

  private async receiptOf(obligation: Obligation, version: number): Promise<Receipt> {
    const { agencyId, obligationId } = obligation;
    const submission = (await this.deps.repository.listSubmissions(agencyId, obligationId)).find((s) => s.version === version);
    if (!submission) throw new NotFoundError('phiên bản / version', String(version));
    const [agency, unit, submitter] = await Promise.all([
      this.deps.organization.getAgency(agencyId),
      this.deps.organization.getUnit(agencyId, obligation.unitId),
      this.deps.organization.getUser(agencyId, submission.submittedBy),
    ]);
    const first = (await this.deps.repository.listSubmissions(agencyId, obligationId))[0];
    return {
      receiptNumber: submission.receiptNumber,
      agencyName: agency?.name ?? agencyId,
      unitName: unit?.name ?? obligation.unitId,
      obligationTitleVi: obligation.titleVi,
      obligationTitleEn: obligation.titleEn,
      version: submission.version,
      channel: submission.channel,
      submittedAt: submission.submittedAt,
      // A person's name, or the unit's address for a report e-mailed from it.
      submittedBy: submitter?.fullName ?? submission.submittedBy.replace(/^email:/, ''),
      dueInstant: obligation.dueInstant,
      onTime: Date.parse(first?.submittedAt ?? submission.submittedAt) < Date.parse(obligation.dueInstant),
      attachments: submission.attachments.map((a) => ({ filename: a.filename, size: a.size })),
    };
  }

  async requestUpload(actor: Actor, file: { filename: string; contentType: AttachmentContentType; size: number }): Promise<{ key: string; uploadUrl: string; headers: Record<string, string> }> {
    if (!actor.unitId) throw new ValidationError('no-unit', 'Tài khoản không thuộc đơn vị nào.', 'Your account belongs to no unit.');
    authorize(actor, 'report.submit', { agencyId: actor.agencyId, unitId: actor.unitId });
    const expected = ALLOWED_ATTACHMENT_TYPES[file.contentType].extension;
    if (!file.filename.toLowerCase().endsWith(`.${expected}`)) {
      throw invalid([{ path: 'body.filename', message: `Tệp ${file.contentType} phải có đuôi .${expected} / must end in .${expected}` }]);
    }
    const key = uploadKey(actor.agencyId, actor.unitId, file.filename);
    const { url, headers } = await this.deps.attachments.uploadUrl(key, file.contentType, file.size);
    return { key, uploadUrl: url, headers };
  }

  /** A short-lived link to one attachment of a filed version: the copy filed with it, as it was checked. */
  async attachmentDownload(actor: Actor, obligationId: string, version: number, index: number): Promise<AttachmentLink> {
    await this.readable(actor, obligationId);
    const submission = (await this.deps.repository.listSubmissions(actor.agencyId, obligationId)).find((s) => s.version === version);
    const attachment = submission?.attachments[index];
    if (!attachment) throw new NotFoundError('tệp đính kèm / attachment', `${version}/${index}`);
    return { ...attachment, url: await this.deps.attachments.downloadUrl(attachment.key, attachment.filename) };
  }

  async compliance(actor: Actor): Promise<ComplianceMatrix> {
    authorize(actor, 'compliance.read', { agencyId: actor.agencyId });
    const [plan, units, obligations] = await Promise.all([this.plan(actor.agencyId), this.deps.organization.listUnits(actor.agencyId), this.deps.repository.listObligations(actor.agencyId)]);
    return complianceMatrix(plan, units, obligations, this.deps.clock.now());
  }

  /** The obligation an e-mail subject or address names, with its code (`BC-7K2Q9M`). */
  findByCode(code: string): Promise<Obligation | undefined> {
    return this.deps.repository.findObligationByCode(code);
  }

  private async createObligations(plan: ReportingPlan, templates: ObligationTemplate[], onlyUnits: readonly string[] | undefined, by: string): Promise<Obligation[]> {
    const units = (await this.deps.organization.listUnits(plan.agencyId)).filter(reportsUnder).filter((u) => !onlyUnits || onlyUnits.includes(u.unitId));
    const users = await this.deps.organization.listUsers(plan.agencyId);
    const now = this.deps.clock.now().toISOString();
    const obligations = templates.flatMap((template) =>
      units.map((unit): Obligation => {
        const obligationId = obligationIdOf(template.templateId, unit.unitId);
        return {
          agencyId: plan.agencyId,
          obligationId,
          planId: plan.planId,
          templateId: template.templateId,
          unitId: unit.unitId,
          kind: template.kind,
          titleVi: template.titleVi,
          titleEn: template.titleEn,
          dueInstant: new Date(template.dueInstant).toISOString(),
          ...(template.periodFrom ? { periodFrom: template.periodFrom } : {}),
          ...(template.periodTo ? { periodTo: template.periodTo } : {}),
          code: obligationCode(obligationId),
          latestVersion: 0,
          createdAt: now,
          createdBy: by,
          version: 0,
        };
      }),
    );
    const created = await this.deps.repository.createObligations(obligations);
    const watchedFrom = this.deps.clock.now().getTime() - plan.missingAfterDays * 86_400_000;
    // Periods long past (already "missing") are history, not deadlines to watch and alert on.
    for (const obligation of created.filter((o) => Date.parse(o.dueInstant) > watchedFrom)) {
      await this.deps.deadlines.track(reportDeadline(obligation, units.find((u) => u.unitId === obligation.unitId), users, by));
    }
    return created;
  }

  /** The office, who receives every report for the Department. */
  private async recipients(agencyId: string): Promise<ObligationView['recipients']> {
    const users = await this.deps.organization.listUsers(agencyId);
    return users.filter((u) => u.active && u.roles.includes('office')).map((u) => ({ userId: u.userId, fullName: u.fullName }));
  }

  private view(obligation: Obligation, plan: ReportingPlan, units: Unit[], recipients: ObligationView['recipients']): ObligationView {
    return {
      ...obligation,
      recipients,
      status: obligationStatus(obligation, this.deps.clock.now(), plan),
      unitName: units.find((u) => u.unitId === obligation.unitId)?.name ?? obligation.unitId,
      emailAddress: `bao-cao+${obligation.code.toLowerCase()}@${this.deps.inboundDomain}`,
    };
  }

  private async plan(agencyId: string): Promise<ReportingPlan> {
    const plan = await this.deps.repository.getPlan(agencyId);
    if (!plan) throw new NotFoundError('kế hoạch báo cáo / reporting plan', agencyId);
    return plan;
  }

  private async readable(actor: Actor, obligationId: string): Promise<Obligation> {
    const obligation = await this.deps.repository.getObligation(actor.agencyId, obligationId);
    // Another unit's obligation is reported as missing, not forbidden: its existence is not theirs to know.
    if (!obligation || !can(actor, 'report.read', { agencyId: actor.agencyId, unitId: obligation.unitId })) throw new NotFoundError('nghĩa vụ báo cáo / obligation', obligationId);
    return obligation;
  }

  /** An obligation read by the platform itself (for a system entry point), of `unitId` when given. */
  private async existing(agencyId: string, obligationId: string, unitId?: string): Promise<Obligation> {
    const obligation = await this.deps.repository.getObligation(agencyId, obligationId);
    if (!obligation || (unitId !== undefined && obligation.unitId !== unitId)) throw new NotFoundError('nghĩa vụ báo cáo / obligation', obligationId);
    return obligation;
  }

  /**
   * Files a new version of the report. Complete content only; attachments must be what they claim, and
   * are filed as copies no upload URL can overwrite. The same idempotency key (or, without one, the same
   * content) files one version however often it comes.
   */
  private async file(filer: Filer, obligation: Obligation, content: ReportContent, refs: AttachmentRef[], options: SubmitOptions): Promise<{ submission: Submission; created: boolean }> {
    const { agencyId } = filer;
    const plan = await this.plan(agencyId);
    // By e-mail the report is the attached document: the form's sections cannot be required of it.
    const problems =
      options.channel === 'email'
        ? refs.length === 0
          ? [{ path: 'attachments', message: 'Thư phải đính kèm báo cáo (PDF, DOCX, XLSX, ODT) / Attach the report' }]
          : []
        : contentProblems(plan, content, 'submit');
    const filed = await this.intake.file({ agencyId, unitId: obligation.unitId }, refs, problems);
    if (problems.length > 0) throw invalid(problems);
    const idempotencyKey = options.idempotencyKey ?? contentKey(filer.userId, content, refs);
    const result = await keepingOnlyIfFiled(filed, (r) => r.created, () => this.fileVersion(filer, obligation, content, filed.attachments, options, idempotencyKey));
    if (result.created && result.submission.version === 1) {
      await this.deps.deadlines.close(agencyId, reportDeadlineId(obligation.obligationId), filer.userId, `Đã nộp báo cáo, biên nhận ${result.submission.receiptNumber}`);
    }
    return result;
  }

  private async writable(actor: Actor, obligationId: string): Promise<Obligation> {
    const obligation = await this.readable(actor, obligationId);
    authorize(actor, 'report.submit', { agencyId: actor.agencyId, unitId: obligation.unitId });
    return obligation;
  }

  /** Writes the next version, after any that arrived since `obligation` was read. */
  private async fileVersion(filer: Filer, obligation: Obligation, content: ReportContent, attachments: Attachment[], options: SubmitOptions, idempotencyKey: string): Promise<{ submission: Submission; created: boolean }> {
    const { obligationId } = obligation;
    for (let attempt = 0; ; attempt += 1) {
      const current = attempt === 0 ? obligation : await filer.reread();
      const now = this.deps.clock.now();
      const receipt = await this.deps.repository.nextReceiptNumber(filer.agencyId, now.getUTCFullYear());
      const submission: Submission = {
        agencyId: filer.agencyId,
        obligationId,
        unitId: current.unitId,
        version: current.latestVersion + 1,
        content,
        attachments,
        channel: options.channel,
        submittedBy: filer.userId,
        submittedAt: now.toISOString(),
        receiptNumber: `BN-${now.getUTCFullYear()}-${String(receipt).padStart(6, '0')}`,
        ...(options.sourceMessageId ? { sourceMessageId: options.sourceMessageId } : {}),
        ...(options.message ? { message: options.message.slice(0, 20_000) } : {}),
      };
      try {
        return await this.deps.repository.addSubmission(current, submission, idempotencyKey);
      } catch (error) {
        // Another version arrived between our read and write: file ours after it (once).
        if (attempt >= 2 || (error as Error).name !== 'VersionConflictError') throw error;
      }
    }
  }
}

function contentKey(userId: string, content: ReportContent, refs: readonly AttachmentRef[]): string {
  return `content-${createHash('sha256').update(JSON.stringify([userId, content, refs.map((a) => a.key)])).digest('hex').slice(0, 32)}`;
}

