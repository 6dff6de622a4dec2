import type { ObligationTemplate } from '../../../../shared/reporting/model.ts';
import { calendarDateOf } from '../../format.ts';
import type { CompiledReportSummaryView, CompiledReportView } from '../../api/types.ts';

export type CompiledStatus = CompiledReportView['status'];

export interface CompilablePeriod {
  templateId: string;
  titleVi: string;
  titleEn: string;
  /** Reports are due before this calendar day (in Vietnam). */
  dueDate: string;
  /** The status of the period's compiled report, if there is one. */
  existing: CompiledStatus | null;
  /** The latest period already due and not yet sent: what the office most likely compiles now. */
  suggested: boolean;
}

/**
 * The periods of the plan the office may compile, the latest first: every period but the units'
 * implementation plans (not a report to superior bodies), with the status of its report if compiled.
 */
export function compilablePeriods(templates: readonly ObligationTemplate[], reports: readonly Pick<CompiledReportSummaryView, 'status' | 'period'>[], now: Date): CompilablePeriod[] {
  const statusOf = (templateId: string) => reports.find((r) => r.period.templateIds.includes(templateId))?.status ?? null;
  const periods = templates
    .filter((template) => template.kind !== 'implementation-plan')
    .sort((a, b) => Date.parse(b.dueInstant) - Date.parse(a.dueInstant))
    .map((template) => ({
      templateId: template.templateId,
      titleVi: template.titleVi,
      titleEn: template.titleEn,
      dueDate: calendarDateOf(template.dueInstant),
      existing: statusOf(template.templateId),
      suggested: false,
    }));
  const suggested = periods.find((period) => Date.parse(templates.find((t) => t.templateId === period.templateId)!.dueInstant) <= now.getTime() && period.existing !== 'sent' && period.existing !== 'approved');
  if (suggested) suggested.suggested = true;
  return periods;
}

/**
 * The dateline as NĐ 30/2020 writes it, as the DOCX prints it: days below 10 and months 1–2 take a
 * leading zero: `dateline('Quảng Ngãi', '2025-11-06')` → `Quảng Ngãi, ngày 06 tháng 11 năm 2025`.
 * Accepts `YYYY-MM-DD` or `dd/mm/yyyy`; anything else is shown as it is.
 */
export function dateline(place: string, documentDate: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(documentDate);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(documentDate);
  const parts = iso ? { day: Number(iso[3]), month: Number(iso[2]), year: iso[1] } : dmy ? { day: Number(dmy[1]), month: Number(dmy[2]), year: dmy[3] } : null;
  if (!parts) return `${place}, ${documentDate}`;
  const month = parts.month <= 2 ? String(parts.month).padStart(2, '0') : String(parts.month);
  return `${place}, ngày ${String(parts.day).padStart(2, '0')} tháng ${month} năm ${parts.year}`;
}
