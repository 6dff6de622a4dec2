import { createHash } from 'node:crypto';
import { ValidationError, type ErrorDetail } from '../errors.ts';
import type { Obligation, ObligationStatus, ReportContent, ReportingPlan } from './model.ts';

const DAY_MS = 86_400_000;

/**
 * Where an obligation stands at `now`. A submitted report is judged by its first complete version
 * (`firstSubmittedAt`), so a later correction never turns an on-time report late.
 */
export function obligationStatus(obligation: Pick<Obligation, 'dueInstant' | 'firstSubmittedAt'>, now: Date, plan: Pick<ReportingPlan, 'dueSoonDays' | 'missingAfterDays'>): ObligationStatus {
  const due = Date.parse(obligation.dueInstant);
  if (obligation.firstSubmittedAt) return Date.parse(obligation.firstSubmittedAt) < due ? 'submitted-on-time' : 'submitted-late';
  const t = now.getTime();
  if (t >= due + plan.missingAfterDays * DAY_MS) return 'missing';
  if (t >= due) return 'overdue';
  if (t >= due - plan.dueSoonDays * DAY_MS) return 'due-soon';
  return 'not-yet-due';
}

/** A short, stable code that names an obligation in an e-mail subject or address: `BC-7K2Q9M`. */
export function obligationCode(obligationId: string): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const digest = createHash('sha256').update(obligationId).digest();
  let code = '';
  for (let i = 0; i < 6; i += 1) code += alphabet[(digest[i] ?? 0) % alphabet.length];
  return `BC-${code}`;
}

export const obligationIdOf = (templateId: string, unitId: string) => `${templateId}--${unitId}`;

/**
 * What is wrong with `content` for this plan: sections or numbers the plan does not have (always), and,
 * for a submission, every section's narrative and every number must be filled in.
 */
export function contentProblems(plan: ReportingPlan, content: ReportContent, mode: 'draft' | 'submit'): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const sections = new Map(plan.sections.map((s) => [s.id, s]));
  for (const [sectionId, section] of Object.entries(content.sections)) {
    const definition = sections.get(sectionId);
    if (!definition) {
      problems.push({ path: `body.content.sections.${sectionId}`, message: 'Kế hoạch không có mục này / The plan has no such section' });
      continue;
    }
    const metricIds = new Set(definition.metrics.map((m) => m.id));
    for (const metricId of Object.keys(section.metrics)) {
      if (!metricIds.has(metricId)) {
        problems.push({ path: `body.content.sections.${sectionId}.metrics.${metricId}`, message: 'Mục này không có chỉ tiêu này / This section has no such figure' });
      }
    }
  }
  if (mode === 'submit') {
    for (const definition of plan.sections) {
      const section = content.sections[definition.id];
      if (!section || section.narrative.trim() === '') {
        problems.push({ path: `body.content.sections.${definition.id}.narrative`, message: `Cần nhập nội dung mục “${definition.titleVi}” / Describe this section` });
      }
      for (const metric of definition.metrics) {
        if (section?.metrics[metric.id] === undefined) {
          problems.push({ path: `body.content.sections.${definition.id}.metrics.${metric.id}`, message: `Cần nhập số liệu “${metric.labelVi}” (0 nếu không có) / Enter this figure (0 if none)` });
        }
      }
    }
  }
  return problems;
}

/** A report (or obstacle) refused for its content: the fields at fault, each with its reason. */
export function invalidReport(details: ErrorDetail[]): ValidationError {
  const fields = details.map((d) => d.path).join(', ');
  return new ValidationError('invalid-report', `Báo cáo chưa hợp lệ: ${fields}.`, `The report is not valid: ${fields}.`, details);
}
