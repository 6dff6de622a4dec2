import { WorkingCalendar } from './calendar.ts';
import type { Extension } from './adjustments.ts';
import { type DeadlineInput, type DeadlineResult, computeDeadline, triggerLocalDate } from './compute.ts';
import { vnCalendarData } from './data/holidays-vn.ts';
import { vnRuleSetData } from './data/rules-vn.ts';
import { RuleSet, resolvePeriod } from './rules.ts';

let defaults: { calendar: WorkingCalendar; ruleSet: RuleSet } | undefined;

/** The default Vietnamese calendar (2021–2027) and rule set, built once. */
export function vnDefaults(): { calendar: WorkingCalendar; ruleSet: RuleSet } {
  defaults ??= { calendar: new WorkingCalendar(vnCalendarData()), ruleSet: new RuleSet(vnRuleSetData()) };
  return defaults;
}

/** `computeDeadline` against the default Vietnamese calendar and rules: `previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' }).due` → `'2024-02-23'`. */
export function previewDeadline(input: DeadlineInput): DeadlineResult {
  const { calendar, ruleSet } = vnDefaults();
  return computeDeadline(input, calendar, ruleSet);
}

/**
 * `count` extensions of the longest length the rule allows (for its version and variant), decided on the
 * trigger date: what the calculator means by "with n extensions". Refusal beyond the rule's maximum is
 * left to `computeDeadline`, so it reads the same everywhere.
 */
export function maximumExtensions(ruleSet: RuleSet, input: { ruleId: string; trigger: string; variants?: string[] }, count: number, by: string): Extension[] {
  if (count === 0) return [];
  const decidedOn = triggerLocalDate(input.trigger);
  const { maxDaysEach } = resolvePeriod(ruleSet.resolveRule(input.ruleId, decidedOn), input.variants ?? []).extensions;
  return Array.from({ length: count }, () => ({ days: maxDaysEach, decidedOn, reason: 'Gia hạn tối đa / maximum extension', by }));
}
