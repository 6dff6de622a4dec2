import type { AlertRecord } from '../../../../shared/alerts/alert-log.ts';
import { DEFAULT_POLICY } from '../../../../shared/monitoring/policy.ts';

/** Labels of the ladder's stages (shared/monitoring/policy.ts), plus the immediate and weekly alerts. */
const STAGE_LABELS: Record<string, { vi: string; en: string }> = {
  ...Object.fromEntries(DEFAULT_POLICY.stages.map((stage) => [stage.id, { vi: stage.labelVi, en: stage.labelEn }])),
  reported: { vi: 'Báo ngay khi đơn vị gửi vướng mắc', en: 'Sent as soon as the unit reported it' },
  weekly: { vi: 'Bản tin tuần cho Lãnh đạo', en: 'Weekly leadership digest' },
};

/** The stage's words, or its id when it is not a known one: `stageLabel('remind-7').vi` → `Còn 7 ngày`. */
export function stageLabel(stage: string): { vi: string; en: string } {
  return STAGE_LABELS[stage] ?? { vi: stage, en: stage };
}

/** The stages in ladder order, those seen in `items` but unknown to the policy after them. */
export function stagesOf(items: readonly Pick<AlertRecord, 'stage'>[]): string[] {
  const known = Object.keys(STAGE_LABELS);
  const seen = new Set(items.map((item) => item.stage));
  return [...known.filter((stage) => seen.has(stage)), ...[...seen].filter((stage) => !known.includes(stage)).sort()];
}

/**
 * Where the item an alert is about is shown: a deadline's page (with its trace), the obstacles page; null
 * for a digest. `alertLink({ kind: 'deadline-case', subjectRef: 'dl-1' })` → `/deadlines/dl-1`.
 */
export function alertLink(alert: Pick<AlertRecord, 'kind' | 'subjectRef'>): string | null {
  if (alert.kind.startsWith('deadline')) return `/deadlines/${encodeURIComponent(alert.subjectRef)}`;
  if (alert.kind === 'obstacle') return '/obstacles';
  return null;
}

export interface AlertFilters {
  status: '' | 'pending' | 'sent';
  stage: string;
}

export function readAlertFilters(query: string): AlertFilters {
  const params = new URLSearchParams(query);
  const status = params.get('status') ?? '';
  return { status: status === 'pending' || status === 'sent' ? status : '', stage: (params.get('stage') ?? '').slice(0, 64) };
}

/** The alerts matching the filters, latest first (by sending time, else by when the alert was recorded). */
export function filterAlerts<T extends Pick<AlertRecord, 'status' | 'stage' | 'sentAt' | 'createdAt'>>(items: readonly T[], filters: AlertFilters): T[] {
  const when = (alert: T) => alert.sentAt ?? alert.createdAt;
  return items
    .filter((alert) => (!filters.status || alert.status === filters.status) && (!filters.stage || alert.stage === filters.stage))
    .sort((a, b) => when(b).localeCompare(when(a)));
}
