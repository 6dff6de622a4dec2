import * as z from 'zod';
import {
  type NonWorkingReason,
  type WorkingCalendar,
  describeNonWorkingVi,
  localDateOf,
  startOfLocalDay,
} from './calendar.ts';
import { type CivilDate, addDays, assertCivilDate, daysBetween, formatVi, yearOf } from './civil-date.ts';
import { checkExtensions, checkSuspensions, ExtensionSchema, SuspensionSchema, type Suspension } from './adjustments.ts';
import { DeadlineInputError } from './errors.ts';
import { type PeriodUnit, type Rule, type RuleSet, resolvePeriod } from './rules.ts';
import { CITES } from './citations.ts';


export const DeadlineInputSchema = z.object({
  ruleId: z.string().min(1),
  /** An instant with its offset (`2025-01-24T16:59:00Z`) or a local date (`2025-01-24`). */
  trigger: z.string().min(1),
  variants: z.array(z.string()).default([]),
  extensions: z.array(ExtensionSchema).default([]),
  suspensions: z.array(SuspensionSchema).default([]),
});
export type DeadlineInput = z.input<typeof DeadlineInputSchema>;

export type WarningCode = 'rule-unverified' | 'calendar-year-missing' | 'calendar-year-proposal' | 'calendar-year-unverified';

type Step<K extends string, F> = { kind: K; text: string } & F;

/** One line of the explanation of a computed deadline: Vietnamese `text` plus structured fields. */
export type TraceStep =
  | Step<'rule', { ruleId: string; version: string; source: Rule['source']; unit: PeriodUnit; period: number; variant: string | null; verified: boolean }>
  | Step<'trigger', { input: string; instant: string | null; localDate: CivilDate }>
  | Step<'extension', { index: number; days: number; decidedOn: CivilDate; reason: string; by: string; totalPeriod: number }>
  | Step<'start', { date: CivilDate }>
  | Step<'skip', { date: CivilDate; reason: NonWorkingReason }>
  | Step<'make-up-day', { date: CivilDate; name: string }>
  | Step<'suspension', { from: CivilDate; until: CivilDate | null; pausedDays: number | null; usedDays: number; remainingDays: number }>
  | Step<'suspension-not-applied', { from: CivilDate }>
  | Step<'end', { date: CivilDate; countedDays: number }>
  | Step<'roll', { from: CivilDate; to: CivilDate; reasons: NonWorkingReason[] }>
  | Step<'due', { date: CivilDate; instant: string }>
  | Step<'warning', { code: WarningCode; year?: number }>;

export interface DeadlineResult {
  /** 'suspended' while an open suspension pauses the count: then `due` is null. */
  status: 'running' | 'suspended';
  /** Last day of the period, inclusive (`YYYY-MM-DD`, local). */
  due: CivilDate | null;
  /** The instant the period is over: 00:00 local time the day after `due`, as UTC. */
  dueInstant: string | null;
  rule: {
    id: string;
    version: string;
    titleVi: string;
    titleEn: string;
    unit: PeriodUnit;
    variant: string | null;
    period: number;
    extensionDays: number;
    source: Rule['source'];
    verified: boolean;
    note?: string;
  };
  trigger: { input: string; instant: string | null; localDate: CivilDate };
  /** Days of the period counted so far (all of them unless suspended). */
  countedDays: number;
  totalDays: number;
  /** Unverified rule or calendar data the date depends on; also the last steps of `trace`. */
  warnings: Extract<TraceStep, { kind: 'warning' }>[];
  trace: TraceStep[];
}

const isDateOnly = (trigger: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(trigger);

/** The local date a trigger falls on: `'2025-01-24T17:01:00Z'` → `'2025-01-25'`; a date is kept as is. */
export function triggerLocalDate(trigger: string): CivilDate {
  return isDateOnly(trigger) ? assertCivilDate(trigger, 'trigger') : localDateOf(trigger);
}

const UNIT_VI: Record<PeriodUnit, string> = { 'calendar-days': 'ngày', 'working-days': 'ngày làm việc' };

/**
 * Computes a legal deadline (BLDS 2015 Điều 147–148): day 1 is the day after the trigger's local date; a
 * calendar-day period that ends on a day off rolls to the next working day; a working-day period counts
 * working days only.
 * @example computeDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' }, calendar, rules).due
 *   // → '2024-02-23': 7 working days, Tết 08–14/02/2024 skipped
 */
export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar, ruleSet: RuleSet): DeadlineResult {
  const { ruleId, trigger, variants, extensions, suspensions } = parseInput(input);
  const instant = isDateOnly(trigger) ? null : trigger;
  const localDate = triggerLocalDate(trigger);
  const rule = ruleSet.resolveRule(ruleId, localDate);
  const { period, variant, extensions: limit } = resolvePeriod(rule, variants);
  checkExtensions(rule, limit, extensions, localDate);
  checkSuspensions(rule, suspensions, localDate);

  const unit = UNIT_VI[rule.unit];
  const trace: TraceStep[] = [
    {
      kind: 'rule',
      text:
        `Quy tắc ${rule.id} (phiên bản ${rule.version}): ${rule.titleVi}, ${period} ${unit}` +
        `${variant ? ` (trường hợp ${variant})` : ''} kể từ ${rule.trigger.vi}; căn cứ ${rule.source.law}, ${rule.source.article}` +
        `${rule.verified ? '' : ' — CHƯA KIỂM CHỨNG'}`,
      ruleId: rule.id,
      version: rule.version,
      source: rule.source,
      unit: rule.unit,
      period,
      variant,
      verified: rule.verified,
    },
    {
      kind: 'trigger',
      text: instant
        ? `Sự kiện lúc ${instant}, tức ngày ${formatVi(localDate)} theo giờ Việt Nam (UTC+7)`
        : `Sự kiện ngày ${formatVi(localDate)}`,
      input: trigger,
      instant,
      localDate,
    },
  ];

  // An extension in the period's own unit lengthens the period; one in other days (an information
  // request's working days extended by calendar days) is counted on from the period's last day.
  const sameUnit = limit.unit === rule.unit;
  const extensionUnit = UNIT_VI[limit.unit];
  let total = period;
  let added = 0;
  extensions.forEach((e, i) => {
    if (sameUnit) total += e.days;
    else added += e.days;
    const sum = sameUnit ? `${total} ${unit}` : `${period} ${unit} và ${added} ${extensionUnit}`;
    trace.push({
      kind: 'extension',
      text: `Gia hạn lần ${i + 1}: thêm ${e.days} ${extensionUnit} (quyết định ngày ${formatVi(e.decidedOn)} của ${e.by}, lý do: ${e.reason}); tổng thời hạn ${sum} kể từ sự kiện ban đầu`,
      index: i + 1,
      days: e.days,
      decidedOn: e.decidedOn,
      reason: e.reason,
      by: e.by,
      totalPeriod: total + added,
    });
  });

  const start = addDays(localDate, 1);
  trace.push({
    kind: 'start',
    text: `Ngày thứ nhất của thời hạn là ngày tiếp theo ngày xảy ra sự kiện (${CITES.firstDay}): ${formatVi(start)}`,
    date: start,
  });

  const base = countPeriod(rule.unit, total, localDate, suspensions, calendar, trace);
  const count = added === 0 || base.openSuspension ? base : extendCount(base, limit.unit, added, suspensions, calendar, trace);
  const result = {
    rule: {
      id: rule.id,
      version: rule.version,
      titleVi: rule.titleVi,
      titleEn: rule.titleEn,
      unit: rule.unit,
      variant,
      period,
      extensionDays: total - period + added,
      source: rule.source,
      verified: rule.verified,
      ...(rule.note ? { note: rule.note } : {}),
    },
    trigger: { input: trigger, instant, localDate },
    countedDays: count.counted,
    totalDays: total + added,
  };

  if (count.openSuspension) {
    const warnings = collectWarnings(rule, calendar, localDate, count.lastDay);
    return { ...result, status: 'suspended', due: null, dueInstant: null, warnings, trace: [...trace, ...warnings] };
  }

  const end = count.lastDay;
  trace.push({
    kind: 'end',
    text: `Ngày cuối cùng của thời hạn ${added === 0 ? `${total} ${unit}` : `${total} ${unit} và ${added} ${extensionUnit} gia hạn`}: ${formatVi(end)}`,
    date: end,
    countedDays: count.counted,
  });
  const due = calendar.isWorkingDay(end) ? end : calendar.nextWorkingDay(end);
  if (due !== end) {
    const reasons: NonWorkingReason[] = [];
    for (let d = end; d < due; d = addDays(d, 1)) {
      const why = calendar.whyNotWorking(d);
      if (why) reasons.push(why);
    }
    trace.push({
      kind: 'roll',
      text:
        `Ngày cuối ${formatVi(end)} không phải ngày làm việc (${reasons.map((r) => `${formatVi(r.date)}: ${describeNonWorkingVi(r)}`).join('; ')}), ` +
        `nên thời hạn kết thúc vào ngày làm việc tiếp theo ${formatVi(due)} (${CITES.lastDayOff})`,
      from: end,
      to: due,
      reasons,
    });
  }
  const dueInstant = startOfLocalDay(addDays(due, 1));
  trace.push({
    kind: 'due',
    text: `Hạn cuối: hết ngày ${formatVi(due)} (24:00 giờ Việt Nam, tức ${dueInstant})`,
    date: due,
    instant: dueInstant,
  });
  for (const s of suspensions.filter((s) => s.from > end)) {
    trace.push({
      kind: 'suspension-not-applied',
      text: `Quyết định tạm đình chỉ từ ${formatVi(s.from)} sau khi thời hạn đã kết thúc: không ảnh hưởng đến hạn`,
      from: s.from,
    });
  }
  const warnings = collectWarnings(rule, calendar, localDate, due);
  return { ...result, status: 'running', due, dueInstant, warnings, trace: [...trace, ...warnings] };
}

function parseInput(input: DeadlineInput): z.infer<typeof DeadlineInputSchema> {
  const parsed = DeadlineInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const dateFields = new Set<PropertyKey>(['decidedOn', 'from', 'until']);
  const isDate = parsed.error.issues.some((issue) => dateFields.has(issue.path.at(-1) ?? ''));
  throw new DeadlineInputError(
    isDate ? 'invalid-date' : 'invalid-input',
    `Dữ liệu tính hạn không hợp lệ: ${z.prettifyError(parsed.error)}`,
    `Invalid deadline input: ${z.prettifyError(parsed.error)}`,
    { cause: parsed.error },
  );
}

interface Count {
  counted: number;
  /** The period's last day, or the last day before an open suspension. */
  lastDay: CivilDate;
  openSuspension: boolean;
}

/** The extension's days, in their own unit, counted on from the last day of the period they extend. */
function extendCount(base: Count, unit: PeriodUnit, days: number, suspensions: Suspension[], calendar: WorkingCalendar, trace: TraceStep[]): Count {
  trace.push({
    kind: 'start',
    text: `Thời gian gia hạn (${days} ${UNIT_VI[unit]}) tính tiếp từ ngày sau ngày cuối của thời hạn ban đầu, ${formatVi(base.lastDay)}`,
    date: addDays(base.lastDay, 1),
  });
  const more = countPeriod(unit, days, base.lastDay, suspensions, calendar, trace);
  return { ...more, counted: base.counted + more.counted };
}

function countPeriod(
  unit: PeriodUnit,
  total: number,
  trigger: CivilDate,
  suspensions: Suspension[],
  calendar: WorkingCalendar,
  trace: TraceStep[],
): Count {
  const unitVi = UNIT_VI[unit];
  let counted = 0;
  let d = trigger;
  while (counted < total) {
    const next = addDays(d, 1);
    const suspension = suspensions.find((s) => s.from <= next && (s.until === undefined || next < s.until));
    if (suspension && suspension.until === undefined) {
      trace.push({
        kind: 'suspension',
        text:
          `Tạm đình chỉ từ ${formatVi(suspension.from)}, chưa có quyết định tiếp tục: đã dùng ${counted} ${unitVi}, ` +
          `còn ${total - counted} ${unitVi}; hạn được tính lại từ ngày ra quyết định tiếp tục`,
        from: suspension.from,
        until: null,
        pausedDays: null,
        usedDays: counted,
        remainingDays: total - counted,
      });
      return { counted, lastDay: d, openSuspension: true };
    }
    if (suspension?.until) {
      const pausedDays = daysBetween(next, suspension.until);
      trace.push({
        kind: 'suspension',
        text:
          `Tạm đình chỉ từ ${formatVi(suspension.from)} đến khi có quyết định tiếp tục ngày ${formatVi(suspension.until)}: ` +
          `${pausedDays} ngày không tính; đã dùng ${counted} ${unitVi}, còn ${total - counted} ${unitVi}, tính tiếp từ ${formatVi(suspension.until)}`,
        from: suspension.from,
        until: suspension.until,
        pausedDays,
        usedDays: counted,
        remainingDays: total - counted,
      });
      d = addDays(suspension.until, -1);
      continue;
    }
    d = next;
    if (unit === 'calendar-days') {
      counted++;
      continue;
    }
    const why = calendar.whyNotWorking(d);
    if (why) {
      trace.push({ kind: 'skip', text: `Bỏ qua ${formatVi(d)}: ${describeNonWorkingVi(why)}`, date: d, reason: why });
      continue;
    }
    const makeUp = calendar.makeUpDay(d);
    if (makeUp) {
      trace.push({
        kind: 'make-up-day',
        text: `Tính ${formatVi(d)} (thứ Bảy làm bù: ${makeUp.nameVi}) là ngày làm việc`,
        date: d,
        name: makeUp.nameVi,
      });
    }
    counted++;
  }
  return { counted, lastDay: d, openSuspension: false };
}

function collectWarnings(rule: Rule, calendar: WorkingCalendar, from: CivilDate, to: CivilDate): DeadlineResult['warnings'] {
  const warnings: DeadlineResult['warnings'] = [];
  if (!rule.verified) {
    warnings.push({
      kind: 'warning',
      code: 'rule-unverified',
      text: `Cảnh báo: thời hạn của quy tắc ${rule.id} (phiên bản ${rule.version}) chưa được kiểm chứng, cần đối chiếu văn bản`,
    });
  }
  for (const year of calendar.coverage(yearOf(from), yearOf(to))) {
    if (year.status === 'missing') {
      warnings.push({
        kind: 'warning',
        code: 'calendar-year-missing',
        year: year.year,
        text: `Cảnh báo: lịch năm ${year.year} chưa có dữ liệu ngày nghỉ; chỉ thứ Bảy, Chủ nhật được coi là ngày nghỉ`,
      });
    } else if (year.status === 'proposal') {
      warnings.push({
        kind: 'warning',
        code: 'calendar-year-proposal',
        year: year.year,
        text: `Cảnh báo: ngày nghỉ năm ${year.year} mới là đề xuất, chưa được xác nhận`,
      });
    } else if (!year.verified) {
      warnings.push({
        kind: 'warning',
        code: 'calendar-year-unverified',
        year: year.year,
        text: `Cảnh báo: một số ngày nghỉ năm ${year.year} chỉ có nguồn yếu, cần xác nhận`,
      });
    }
  }
  return warnings;
}
