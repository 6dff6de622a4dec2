import type { MisconductCase } from '../cases/misconduct.ts';
import type { CitizenCase } from '../cases/model.ts';
import type { Agency, Unit } from '../organization/model.ts';
import type { Obligation, ReportingPlan, Submission } from '../reporting/model.ts';
import { caseStatistics } from '../statistics/dashboard.ts';
import type { CompiledContent, RecipientList } from './model.ts';
import { localDate } from '../time-zone.ts';

export interface CompileInput {
  agency: Agency;
  plan: ReportingPlan;
  /** The reporting units (active, not the trade union). */
  units: Unit[];
  kind: CompiledContent['kind'];
  title: string;
  period: { from: string; to: string; templateIds: string[] };
  obligations: Obligation[];
  /** Every version of the period's obligations; the latest of each is compiled. */
  submissions: Submission[];
  cases: CitizenCase[];
  misconduct: MisconductCase[];
  recipients: RecipientList[];
  signer: CompiledContent['signer'];
  documentDate: string;
}

const inPeriod = (date: string, period: { from: string; to: string }) => date >= period.from && date <= period.to;

/**
 * Compiles the report of a period from the units' latest submitted versions and the platform's own
 * records (citizen cases received and misconduct cases opened in the period). Pure: every figure is
 * a sum of records passed in, so it can be reconciled with them. No citizen's identity is read.
 * @example compileReport({ …, period: { from: '2024-12-15', to: '2025-12-14', templateIds: ['bao-cao-nam-2025'] } }).units.missing
 */
export function compileReport(input: CompileInput): CompiledContent {
  const templates = new Set(input.period.templateIds);
  const unitById = new Map(input.units.map((u) => [u.unitId, u]));
  const obligations = input.obligations.filter((o) => templates.has(o.templateId) && unitById.has(o.unitId));
  const latest = new Map<string, Submission>();
  for (const s of input.submissions) {
    const current = latest.get(s.obligationId);
    if (!current || s.version > current.version) latest.set(s.obligationId, s);
  }
  const reported = obligations.filter((o) => latest.has(o.obligationId));
  const reportedUnits = [...new Set(reported.map((o) => o.unitId))];
  const byUnitOrder = (a: { unitName: string }, b: { unitName: string }) => a.unitName.localeCompare(b.unitName, 'vi');
  const submissionsOf = reported.map((o) => ({ unitId: o.unitId, unitName: unitById.get(o.unitId)?.name ?? o.unitId, submission: latest.get(o.obligationId)! }));

  const sections = input.plan.sections.map((section) => ({
    sectionId: section.id,
    titleVi: section.titleVi,
    metrics: section.metrics.map((metric) => {
      const byUnit: Record<string, number> = {};
      for (const { unitId, submission } of submissionsOf) {
        const value = submission.content.sections[section.id]?.metrics[metric.id];
        if (value !== undefined) byUnit[unitId] = (byUnit[unitId] ?? 0) + value;
      }
      return { id: metric.id, labelVi: metric.labelVi, total: Object.values(byUnit).reduce((a, b) => a + b, 0), byUnit };
    }),
    narratives: submissionsOf
      .map(({ unitId, unitName, submission }) => ({ unitId, unitName, text: (submission.content.sections[section.id]?.narrative ?? '').trim() }))
      .filter((n) => n.text !== '')
      .sort(byUnitOrder),
  }));
  const extra = (field: 'difficulties' | 'proposals' | 'nextDirection') =>
    submissionsOf.map(({ unitId, unitName, submission }) => ({ unitId, unitName, text: submission.content[field].trim() })).filter((n) => n.text !== '').sort(byUnitOrder);

  const cases = input.cases.filter((c) => inPeriod(localDate(c.receivedAt), input.period));
  const byType = caseStatistics(cases).map(({ labelEn: _en, ...row }) => row);
  const sum = (key: 'received' | 'resolved' | 'resolvedOnTime' | 'open') => byType.reduce((total, row) => total + row[key], 0);

  const misconduct = input.misconduct.filter((m) => inPeriod(localDate(m.openedAt), input.period));
  const disciplined: Record<string, number> = {};
  for (const m of misconduct) if (m.decision) disciplined[m.decision.form] = (disciplined[m.decision.form] ?? 0) + 1;

  return {
    agency: { name: input.agency.name, shortName: input.agency.shortName, placeName: input.agency.placeName, ...(input.agency.parentBody ? { parentBody: input.agency.parentBody } : {}) },
    title: input.title,
    kind: input.kind,
    period: input.period,
    documentDate: input.documentDate,
    sections,
    difficulties: extra('difficulties'),
    proposals: extra('proposals'),
    nextDirection: extra('nextDirection'),
    cases: { byType, totals: { received: sum('received'), resolved: sum('resolved'), resolvedOnTime: sum('resolvedOnTime'), open: sum('open') } },
    misconduct: {
      opened: misconduct.length,
      concludedViolation: misconduct.filter((m) => m.conclusion?.violation === true).length,
      concludedNoViolation: misconduct.filter((m) => m.conclusion?.violation === false).length,
      disciplined,
    },
    units: {
      reported: reported
        .map((o) => ({
          unitId: o.unitId,
          name: unitById.get(o.unitId)?.name ?? o.unitId,
          onTime: o.firstSubmittedAt !== undefined && o.firstSubmittedAt < o.dueInstant,
          versions: o.latestVersion,
          firstSubmittedAt: o.firstSubmittedAt ?? latest.get(o.obligationId)!.submittedAt,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      missing: input.units
        .filter((u) => !reportedUnits.includes(u.unitId))
        .map((u) => ({ unitId: u.unitId, name: u.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    },
    recipients: input.recipients,
    signer: input.signer,
  };
}
