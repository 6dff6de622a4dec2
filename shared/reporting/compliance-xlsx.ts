import ExcelJS from 'exceljs';
import type { Actor } from '../access/policy.ts';
import type { Clock } from '../clock.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { ReportingService } from './service.ts';
import { STATUS_LABELS } from './compliance.ts';
import type { ComplianceMatrix } from './views.ts';
import { ddmmyyyy, localDate, localDateBefore, localTime } from '../time-zone.ts';

const FILL: Record<string, string> = {
  'submitted-on-time': 'FFC6EFCE',
  'submitted-late': 'FFFFEB9C',
  overdue: 'FFFFC7CE',
  missing: 'FFFF9999',
  'due-soon': 'FFFFE699',
  'not-yet-due': 'FFFFFFFF',
};


/** The units × periods matrix as a workbook: Vietnamese labels, one row per unit, one column per period. */
export async function complianceWorkbook(matrix: ComplianceMatrix, agencyName: string, generatedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dan-van-monitor';
  workbook.created = generatedAt;
  const sheet = workbook.addWorksheet('Theo dõi báo cáo');
  sheet.addRow([agencyName]).font = { bold: true, size: 13 };
  sheet.addRow([`Tình hình nộp báo cáo công tác dân vận — lập lúc ${localDate(generatedAt)} ${localTime(generatedAt)} (giờ Việt Nam)`]);
  sheet.addRow([]);
  const header = sheet.addRow(['Đơn vị', ...matrix.periods.map((p) => `${p.titleVi}\n(hạn cuối ${ddmmyyyy(localDateBefore(p.dueInstant))})`)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.height = 45;
  for (const unit of matrix.units) {
    const ended = unit.endedOn ? ` (đến ${unit.endedOn.split('-').reverse().join('/')}, nay là ${(unit.successorNames ?? []).join(', ')})` : '';
    const row = sheet.addRow([
      `${unit.name}${ended}`,
      ...matrix.periods.map((period) => {
        const cell = matrix.cells.find((c) => c.unitId === unit.unitId && c.templateId === period.templateId);
        if (!cell) return '—';
        const version = cell.latestVersion > 1 ? ` (${cell.latestVersion} phiên bản)` : '';
        return `${STATUS_LABELS[cell.status].vi}${version}`;
      }),
    ]);
    matrix.periods.forEach((period, i) => {
      const cell = matrix.cells.find((c) => c.unitId === unit.unitId && c.templateId === period.templateId);
      if (cell) row.getCell(i + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[cell.status] ?? 'FFFFFFFF' } };
    });
  }
  sheet.addRow([]);
  sheet.addRow(['Tổng hợp']).font = { bold: true };
  for (const [status, count] of Object.entries(matrix.totals)) sheet.addRow([STATUS_LABELS[status as keyof typeof STATUS_LABELS].vi, count]);
  sheet.getColumn(1).width = 48;
  matrix.periods.forEach((_, i) => (sheet.getColumn(i + 2).width = 22));
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The matrix as an XLSX workbook, for the office to file or forward (kept apart: only its function bundles ExcelJS). */
export async function complianceExport(reporting: ReportingService, organization: OrganizationRepository, clock: Clock, actor: Actor) {
  const matrix = await reporting.compliance(actor);
  const agency = await organization.getAgency(actor.agencyId);
  const bytes = await complianceWorkbook(matrix, agency?.name ?? actor.agencyId, clock.now());
  return { filename: 'theo-doi-bao-cao.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: Buffer.from(bytes).toString('base64') };
}
