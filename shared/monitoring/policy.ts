import * as z from 'zod';
import { localMinutes } from '../time-zone.ts';

const DAY_MS = 86_400_000;

export const AudienceSchema = z.enum(['assignees', 'unit-head', 'office', 'leadership']);
export type Audience = z.infer<typeof AudienceSchema>;

/**
 * One step of the alert ladder: reached `offsetDays` from the due instant (negative: before it), sent to
 * `audience`. `urgent` alerts go out at any hour; the others wait for a working day in office hours.
 */
export const StageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  offsetDays: z.number().int().min(-60).max(365),
  audience: z.array(AudienceSchema).min(1),
  urgent: z.boolean(),
  labelVi: z.string(),
  labelEn: z.string(),
});
export type Stage = z.infer<typeof StageSchema>;

export const AlertPolicySchema = z.object({
  stages: z.array(StageSchema).min(1),
  /** Office hours in local time, `HH:MM`, when non-urgent alerts may be sent on working days. */
  officeHours: z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) }),
});
export type AlertPolicy = z.infer<typeof AlertPolicySchema>;

const stage = (id: string, offsetDays: number, audience: Audience[], urgent: boolean, labelVi: string, labelEn: string): Stage => ({ id, offsetDays, audience, urgent, labelVi, labelEn });

/**
 * The default ladder (issue 6): reminders 14, 7, 3 and 1 days before, on the last day, once overdue;
 * then escalation to the unit head and the office one day later, and to leadership a week later.
 * Offsets count from the due instant (00:00 after the last day), so "1 day before" is the last day's eve.
 */
export const DEFAULT_POLICY: AlertPolicy = {
  stages: [
    stage('remind-14', -15, ['assignees'], false, 'Còn 14 ngày', '14 days left'),
    stage('remind-7', -8, ['assignees'], false, 'Còn 7 ngày', '7 days left'),
    stage('remind-3', -4, ['assignees'], false, 'Còn 3 ngày', '3 days left'),
    stage('remind-1', -2, ['assignees'], false, 'Còn 1 ngày', '1 day left'),
    stage('due-today', -1, ['assignees'], false, 'Hôm nay là hạn cuối', 'Due today'),
    stage('overdue', 0, ['assignees'], false, 'Đã quá hạn', 'Overdue'),
    stage('escalate-1', 1, ['assignees', 'unit-head', 'office'], false, 'Quá hạn 1 ngày: báo trưởng đơn vị và Văn phòng', 'Overdue 1 day: unit head and office told'),
    stage('escalate-7', 7, ['office', 'leadership'], true, 'Quá hạn 7 ngày: báo Lãnh đạo Sở', 'Overdue 7 days: leadership told'),
  ],
  officeHours: { from: '07:30', to: '17:00' },
};

/** Policies per kind of deadline; a kind without its own uses the default. */
export const ALERT_POLICIES: Record<string, AlertPolicy> = {
  report: DEFAULT_POLICY,
  case: DEFAULT_POLICY,
  misconduct: DEFAULT_POLICY,
  other: DEFAULT_POLICY,
};

/**
 * The stage an item is in at `now`: the last one whose time has come, or none yet. Earlier stages an
 * item skipped (tracked late, or the check did not run) are not sent after the fact.
 * @example currentStage('2025-11-04T17:00:00Z', new Date('2025-10-28T01:00:00Z'), DEFAULT_POLICY)?.id // 'remind-7'
 */
export function currentStage(dueInstant: string, now: Date, policy: AlertPolicy): Stage | undefined {
  const due = Date.parse(dueInstant);
  let reached: Stage | undefined;
  for (const s of [...policy.stages].sort((a, b) => a.offsetDays - b.offsetDays)) {
    if (now.getTime() >= due + s.offsetDays * DAY_MS) reached = s;
  }
  return reached;
}

/** How far around `now` a check must read the due index to find every item with a stage to send. */
export function window(now: Date, policies: AlertPolicy[]): { from: string; to: string } {
  const offsets = policies.flatMap((p) => p.stages.map((s) => s.offsetDays));
  const latest = Math.max(...offsets);
  const earliest = Math.min(...offsets);
  // An item is in play from its first stage until one day after its last stage (so a missed run catches up).
  return {
    from: new Date(now.getTime() - (latest + 1) * DAY_MS).toISOString(),
    to: new Date(now.getTime() - earliest * DAY_MS).toISOString(),
  };
}

/** Minutes since local midnight in Vietnam (UTC+7, no DST). */
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function withinOfficeHours(at: Date, policy: AlertPolicy): boolean {
  const m = localMinutes(at);
  return m >= minutesOf(policy.officeHours.from) && m < minutesOf(policy.officeHours.to);
}
