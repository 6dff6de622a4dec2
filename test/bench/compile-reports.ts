import type { CitizenCase } from '../../shared/cases/model.ts';
import { compileReport } from '../../shared/compiled/compile.ts';
import { compiledReportDocx } from '../../shared/compiled/docx.ts';
import { compiledReportXlsx } from '../../shared/compiled/xlsx.ts';
import { demoAgency } from '../../shared/demo/organization.ts';
import { demoRecipientLists } from '../../shared/demo/recipients.ts';
import { demoReportingPlan, PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import type { Unit } from '../../shared/organization/model.ts';
import type { Obligation, Submission } from '../../shared/reporting/model.ts';
import { median, printTable, type BenchContext } from './report.ts';

const UNITS = 100;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const CASES_PER_YEAR = 400;

/** Compile time for 100 units × 5 years of reports (and the documents of one year), in memory. */
export async function benchCompileReports(_context: BenchContext): Promise<void> {
  const units: Unit[] = Array.from({ length: UNITS }, (_, i) => ({
    agencyId: demoAgency.agencyId,
    unitId: `don-vi-${i}`,
    name: `Đơn vị số ${i + 1}`,
    kind: 'division',
    reportingEmails: [],
    active: true,
    version: 0,
  }));
  const templates = YEARS.map((year) => ({
    templateId: `bao-cao-nam-${year}`,
    kind: 'annual' as const,
    titleVi: `Báo cáo năm ${year}`,
    titleEn: `Annual report ${year}`,
    dueInstant: `${year}-11-04T17:00:00.000Z`,
    periodFrom: `${year - 1}-12-15`,
    periodTo: `${year}-12-14`,
  }));
  const plan = { ...demoReportingPlan, templates };
  const obligations: Obligation[] = [];
  const submissions: Submission[] = [];
  for (const template of templates) {
    for (const [u, unit] of units.entries()) {
      const obligationId = `${template.templateId}--${unit.unitId}`;
      const versions = u % 10 === 9 ? 0 : 1 + (u % 3 === 0 ? 1 : 0);
      obligations.push({ agencyId: unit.agencyId, obligationId, planId: plan.planId, templateId: template.templateId, unitId: unit.unitId, kind: 'annual', titleVi: template.titleVi, titleEn: template.titleEn, dueInstant: template.dueInstant, code: 'BC-XXXXXX', latestVersion: versions, ...(versions ? { firstSubmittedAt: '2025-10-01T00:00:00.000Z' } : {}), createdAt: '2021-12-21T00:00:00.000Z', createdBy: 'bench', version: versions });
      for (let v = 1; v <= versions; v += 1) {
        submissions.push({
          agencyId: unit.agencyId,
          obligationId,
          unitId: unit.unitId,
          version: v,
          content: {
            sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `${unit.name}: đã triển khai nội dung ${s.titleVi} trong năm (phiên bản ${v}).`, metrics: Object.fromEntries(s.metrics.map((m, i) => [m.id, u + i + v])) }])),
            difficulties: 'Kinh phí hạn chế.',
            proposals: 'Bổ sung kinh phí.',
            nextDirection: 'Tiếp tục triển khai.',
          },
          attachments: [],
          channel: 'web',
          submittedBy: 'bench',
          submittedAt: '2025-10-01T00:00:00.000Z',
          receiptNumber: `BN-${v}`,
        });
      }
    }
  }
  const cases = YEARS.flatMap((year) =>
    Array.from({ length: CASES_PER_YEAR }, (_, i) => ({ type: (['khieu-nai-lan-1', 'to-cao', 'kien-nghi-phan-anh', 'yeu-cau-thong-tin'] as const)[i % 4], status: i % 3 ? 'resolved' : 'in-progress', receivedAt: `${year}-0${1 + (i % 9)}-10T02:00:00.000Z`, resolution: i % 3 ? { outcome: 'answered', documentRef: 'x', decidedOn: `${year}-10-01`, by: 'x' } : undefined, deadlines: [{ step: 'resolution', due: `${year}-10-0${1 + (i % 5)}` }] }) as unknown as CitizenCase),
  );
  const input = (templateIds: string[], from: string, to: string) => ({
    agency: demoAgency,
    plan,
    units,
    kind: 'annual' as const,
    title: 'Báo cáo kết quả thực hiện công tác dân vận',
    period: { from, to, templateIds },
    obligations,
    submissions,
    cases,
    misconduct: [],
    recipients: demoRecipientLists,
    signer: { authority: 'KT. GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Minh Hòa' },
    documentDate: '2025-11-06',
  });
  const time = async (run: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    return median(times).toFixed(0);
  };
  const oneYear = input(['bao-cao-nam-2025'], '2024-12-15', '2025-12-14');
  const fiveYears = input(templates.map((t) => t.templateId), '2020-12-15', '2025-12-14');
  const compiledYear = compileReport(oneYear);
  let docxBytes = 0;
  let xlsxBytes = 0;
  printTable('Compiling reports: 100 units × 5 years (in memory)', ['what', 'submissions read', 'cases read', 'ms (median of 5)'], [
    ['compile one year', String(submissions.length), String(cases.length), await time(() => compileReport(oneYear))],
    ['compile five years', String(submissions.length), String(cases.length), await time(() => compileReport(fiveYears))],
    ['DOCX of one year', '', '', await time(async () => (docxBytes = (await compiledReportDocx(compiledYear)).length))],
    ['XLSX annex of one year', '', '', await time(async () => (xlsxBytes = (await compiledReportXlsx(compiledYear)).length))],
  ]);
  console.log(`\nDOCX ${(docxBytes / 1024).toFixed(0)} KiB, XLSX ${(xlsxBytes / 1024).toFixed(0)} KiB; units reported ${compiledYear.units.reported.length}, missing ${compiledYear.units.missing.length}`);
}
