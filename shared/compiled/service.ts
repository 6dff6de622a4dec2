import { authorize, can, type Actor } from '../access/policy.ts';
import type { AlertLog } from '../alerts/alert-log.ts';
import { sendOnce } from '../alerts/send-once.ts';
import type { CaseRepository } from '../cases/repository.ts';
import type { Clock } from '../clock.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { emailDocument, html } from '../mail/html.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import { unitNameOn } from '../organization/model.ts';
import { addDays } from '../deadlines/civil-date.ts';
import type { ReportingRepository } from '../reporting/repository.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { compileReport } from './compile.ts';
import { compiledReportDocx } from './docx.ts';
import type { CompiledContent, CompiledReport, CompiledReportSummary, RecipientList } from './model.ts';
import type { CompiledReportRepository } from './repository.ts';
import { compiledReportXlsx } from './xlsx.ts';
import { localDate } from '../time-zone.ts';

const DAY_MS = 86_400_000;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const SIGNER = { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC' } as const;

export interface CompiledReportDependencies {
  reports: CompiledReportRepository;
  reporting: ReportingRepository;
  cases: CaseRepository;
  organization: OrganizationRepository;
  alerts: AlertLog;
  store: AttachmentStore;
  mailer: () => Mailer;
  clock: Clock;
  appUrl: string;
}

/**
 * Compiled reports (the plan's III.3): the office compiles a period from the units' reports and the
 * platform's records; a leader approves; it is sent once, with its DOCX and XLSX, to the recipient lists.
 */
export class CompiledReportService {
  constructor(private readonly deps: CompiledReportDependencies) {}

  /** Compiles (or recompiles, while a draft) the report of a reporting period of the plan. */
  async draft(actor: Actor | 'system', agencyId: string, templateId: string): Promise<CompiledReport> {
    if (actor !== 'system') authorize(actor, 'compiled.prepare', { agencyId });
    const reportId = `tong-hop-${templateId}`;
    const content = await this.compile(agencyId, templateId);
    const existing = await this.deps.reports.get(agencyId, reportId);
    const by = actor === 'system' ? 'system' : actor.userId;
    if (!existing) {
      const report: CompiledReport = { agencyId, reportId, status: 'draft', content, createdAt: this.deps.clock.now().toISOString(), createdBy: by, recipientsSent: [], deliveryEvents: [], version: 0 };
      if (await this.deps.reports.create(report)) return report;
      return (await this.deps.reports.get(agencyId, reportId))!;
    }
    if (existing.status !== 'draft') throw new ConflictError('already-approved', 'Báo cáo đã được phê duyệt, không thể lập lại.', 'The report was approved: it cannot be recompiled.');
    return this.deps.reports.save({ ...existing, content }, existing.version);
  }

  async list(actor: Actor): Promise<CompiledReportSummary[]> {
    this.mayRead(actor);
    return (await this.deps.reports.list(actor.agencyId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async get(actor: Actor, reportId: string): Promise<CompiledReport> {
    this.mayRead(actor);
    const report = await this.deps.reports.get(actor.agencyId, reportId);
    if (!report) throw new NotFoundError('báo cáo tổng hợp / compiled report', reportId);
    return report;
  }

  async documents(actor: Actor, reportId: string): Promise<{ docx: { filename: string; contentBase64: string }; xlsx: { filename: string; contentBase64: string } }> {
    const report = await this.get(actor, reportId);
    // Once approved, the documents are the ones stored then: what was sent is what is downloaded, byte for byte.
    const files = report.status === 'draft' ? await this.files(report.content) : await this.storedFiles(report);
    return {
      docx: { filename: files.docx.filename, contentBase64: Buffer.from(files.docx.content).toString('base64') },
      xlsx: { filename: files.xlsx.filename, contentBase64: Buffer.from(files.xlsx.content).toString('base64') },
    };
  }

  /**
   * A leader approves the draft they reviewed (at `expectedVersion`), and it is sent as one message with
   * both documents. Approving again, or a retry after a failure, never sends a second message.
   */
  async approveAndSend(actor: Actor, reportId: string, expectedVersion: number): Promise<CompiledReport> {
    authorize(actor, 'compiled.approve', { agencyId: actor.agencyId });
    let report = await this.get(actor, reportId);
    if (report.status === 'sent') return report;
    if (report.status === 'draft') {
      if (report.version !== expectedVersion) throw new ConflictError('version-conflict', 'Bản dự thảo vừa được lập lại; hãy xem lại trước khi duyệt.', 'The draft was recompiled; review it again before approving.');
      report = await this.deps.reports.save({ ...report, status: 'approved', approvedBy: actor.userId, approvedAt: this.deps.clock.now().toISOString() }, report.version);
    }
    const recipients = [...new Set(report.content.recipients.flatMap((list) => list.emails))];
    if (recipients.length === 0) throw new ValidationError('no-recipients', 'Chưa có địa chỉ nhận cho báo cáo này.', 'No recipient address is configured for this report.');
    const now = this.deps.clock.now();
    const alert = { agencyId: actor.agencyId, alertId: `compiled:${report.reportId}:send`, kind: 'compiled-report', subjectRef: report.reportId, subjectTitle: report.content.title, stage: 'send', recipientUserId: actor.userId, createdAt: now.toISOString(), urgent: true };
    const files = await this.storedFiles(report);
    const sent = await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer() }, now, [alert], () => ({
      to: recipients,
      subject: report.content.title,
      text: `${report.content.agency.name} gửi ${report.content.title}.\n\nTệp đính kèm: ${files.docx.filename}, ${files.xlsx.filename}.`,
      html: emailDocument(report.content.title, html`<p>${report.content.agency.name} trân trọng gửi <strong>${report.content.title}</strong>.</p><p>Tệp đính kèm: ${files.docx.filename}, ${files.xlsx.filename}.</p>`),
      attachments: [
        { filename: files.docx.filename, contentType: DOCX, content: files.docx.content },
        { filename: files.xlsx.filename, contentType: XLSX, content: files.xlsx.content },
      ],
      headers: { 'X-DVM-Report': report.reportId },
    }));
    if (sent.outcome === 'none') {
      // Sent by an earlier attempt that did not get to record it (or settled by SES's event): finish the record, send nothing.
      const earlier = (await this.deps.alerts.list(actor.agencyId, report.reportId)).find((a) => a.alertId === alert.alertId && a.status === 'sent');
      if (earlier?.messageId) return this.deps.reports.save({ ...report, status: 'sent', sentAt: earlier.sentAt ?? now.toISOString(), messageId: earlier.messageId, recipientsSent: recipients }, report.version);
      throw new ConflictError('sending', 'Báo cáo đang được gửi.', 'The report is being sent.');
    }
    if (sent.outcome === 'unknown') {
      throw new ConflictError('sending', 'Chưa rõ máy chủ thư đã nhận báo cáo hay chưa; hệ thống đang đối chiếu, không gửi lại. Hãy xem lại sau ít phút.', 'It is not yet known whether the mail service took the report; it is being checked and will not be sent twice. Look again in a few minutes.');
    }
    if (sent.outcome === 'refused') throw sent.error;
    const { messageId } = sent;
    return this.deps.reports.save({ ...report, status: 'sent', sentAt: now.toISOString(), messageId, recipientsSent: recipients }, report.version);
  }

  /**
   * The scheduled half: once a reporting period's deadline has passed (within the last week), its draft
   * is compiled and every leader is asked, once, to review it.
   */
  async automaticDrafts(agencyId: string, now: Date): Promise<string[]> {
    const plan = await this.deps.reporting.getPlan(agencyId);
    if (!plan) return [];
    const due = plan.templates.filter((t) => t.kind !== 'implementation-plan' && Date.parse(t.dueInstant) <= now.getTime() && Date.parse(t.dueInstant) > now.getTime() - 7 * DAY_MS);
    const drafted: string[] = [];
    const leaders = (await this.deps.organization.listUsers(agencyId)).filter((u) => u.active && u.roles.includes('leader'));
    for (const template of due) {
      const existing = await this.deps.reports.get(agencyId, `tong-hop-${template.templateId}`);
      const report = existing ?? (await this.draft('system', agencyId, template.templateId));
      drafted.push(report.reportId);
      if (report.status !== 'draft') continue;
      for (const leader of leaders) {
        const alert = { agencyId, alertId: `compiled:${report.reportId}:review:${leader.userId}`, kind: 'compiled-review', subjectRef: report.reportId, subjectTitle: report.content.title, stage: 'review', recipientUserId: leader.userId, createdAt: now.toISOString(), urgent: false };
        const link = `${this.deps.appUrl}/#/compiled/${encodeURIComponent(report.reportId)}`;
        const subject = `Đề nghị xem xét, phê duyệt: ${report.content.title} / Please review the compiled report`;
        await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer() }, now, [alert], () => ({
          to: [leader.email],
          subject,
          text: `Kính gửi ${leader.fullName},\n\nDự thảo ${report.content.title} đã được tổng hợp (${report.content.units.reported.length} đơn vị đã báo cáo, ${report.content.units.missing.length} đơn vị chưa báo cáo). Đề nghị xem xét và phê duyệt: ${link}`,
          html: emailDocument(subject, html`<p>Kính gửi ${leader.fullName},</p><p>Dự thảo <strong>${report.content.title}</strong> đã được tổng hợp: ${report.content.units.reported.length} đơn vị đã báo cáo, ${report.content.units.missing.length} đơn vị chưa báo cáo.</p><p><a href="${link}">Xem xét và phê duyệt / Review and approve</a></p>`),
        }));
      }
    }
    return drafted;
  }

  async recipientLists(actor: Actor): Promise<RecipientList[]> {
    this.mayRead(actor);
    return this.deps.reports.recipientLists(actor.agencyId);
  }

  async saveRecipientLists(actor: Actor, lists: RecipientList[]): Promise<RecipientList[]> {
    authorize(actor, 'organization.manage', { agencyId: actor.agencyId });
    await this.deps.reports.saveRecipientLists(actor.agencyId, lists);
    return lists;
  }

  /** Seeds an agency's lists once (demo, new agency). */
  async installRecipientLists(agencyId: string, lists: RecipientList[]): Promise<number> {
    if ((await this.deps.reports.recipientLists(agencyId)).length > 0) return 0;
    await this.deps.reports.saveRecipientLists(agencyId, lists);
    return 1;
  }

  private mayRead(actor: Actor): void {
    if (!can(actor, 'compiled.prepare', { agencyId: actor.agencyId }) && !can(actor, 'compiled.approve', { agencyId: actor.agencyId })) throw new ForbiddenError('compiled.read');
  }

  /** The approved documents: generated once, at approval, and kept. */
  private async storedFiles(report: CompiledReport) {
    const names = fileNames(report.content);
    const key = (name: string) => `compiled/${report.agencyId}/${report.reportId}/v${report.approvedAt ?? ''}/${name}`;
    let docx = await this.deps.store.get(key(names.docx));
    let xlsx = await this.deps.store.get(key(names.xlsx));
    if (!docx || !xlsx) {
      const generated = await this.files(report.content);
      docx = generated.docx.content;
      xlsx = generated.xlsx.content;
      await this.deps.store.put(key(names.docx), docx, DOCX);
      await this.deps.store.put(key(names.xlsx), xlsx, XLSX);
    }
    return { docx: { filename: names.docx, content: docx }, xlsx: { filename: names.xlsx, content: xlsx } };
  }

  private async files(content: CompiledContent) {
    const names = fileNames(content);
    return {
      docx: { filename: names.docx, content: await compiledReportDocx(content) },
      xlsx: { filename: names.xlsx, content: await compiledReportXlsx(content) },
    };
  }

  private async compile(agencyId: string, templateId: string): Promise<CompiledContent> {
    const [agency, plan, units, obligations, cases, misconduct, recipients, users] = await Promise.all([
      this.deps.organization.getAgency(agencyId),
      this.deps.reporting.getPlan(agencyId),
      this.deps.organization.listUnits(agencyId),
      this.deps.reporting.listObligations(agencyId),
      this.deps.cases.list(agencyId),
      this.deps.cases.listMisconduct(agencyId),
      this.deps.reports.recipientLists(agencyId),
      this.deps.organization.listUsers(agencyId),
    ]);
    const template = plan?.templates.find((t) => t.templateId === templateId);
    if (!agency || !plan || !template) throw new NotFoundError('kỳ báo cáo / reporting period', templateId);
    const periodObligations = obligations.filter((o) => o.templateId === templateId);
    const period = { from: template.periodFrom ?? localDate(new Date(Date.parse(template.dueInstant) - 365 * DAY_MS)), to: template.periodTo ?? localDate(new Date(template.dueInstant)), templateIds: [templateId] };
    // The units as they were in the period: today's, and those since merged or split that owed this period, under the name of then.
    const owing = new Set(periodObligations.map((o) => o.unitId));
    const periodUnits = units
      .filter((u) => u.kind !== 'union' && ((u.active && !u.endedOn) || (u.endedOn !== undefined && owing.has(u.unitId))))
      .map((u) => ({ ...u, name: unitNameOn(u, u.endedOn && u.endedOn <= period.to ? addDays(u.endedOn, -1) : period.to) }));
    const submissions = (await Promise.all(periodObligations.filter((o) => o.latestVersion > 0).map((o) => this.deps.reporting.listSubmissions(agencyId, o.obligationId)))).flat();
    const signer = users.find((u) => u.active && u.roles.includes('leader') && /Phó Giám đốc/i.test(u.title ?? '')) ?? users.find((u) => u.active && u.roles.includes('leader'));
    const kind = template.kind === 'annual' || template.kind === 'mid-term' || template.kind === 'final' ? template.kind : 'range';
    const noun = { annual: `năm ${template.periodTo?.slice(0, 4) ?? ''}`.trim(), 'mid-term': 'sơ kết', final: 'tổng kết 05 năm', range: template.titleVi.toLowerCase() }[kind];
    return compileReport({
      agency,
      plan,
      units: periodUnits,
      kind,
      title: `Báo cáo kết quả thực hiện công tác dân vận ${noun}`,
      period,
      obligations: periodObligations,
      submissions,
      cases,
      misconduct,
      recipients,
      signer: { ...SIGNER, name: signer?.fullName ?? '' },
      documentDate: localDate(this.deps.clock.now()),
    });
  }
}

function fileNames(content: CompiledContent): { docx: string; xlsx: string } {
  const base = content.title.normalize('NFC').replace(/[^\p{L}\p{N} _-]/gu, '').trim().replace(/\s+/g, '-');
  return { docx: `${base}.docx`, xlsx: `${base}-phu-luc.xlsx` };
}
