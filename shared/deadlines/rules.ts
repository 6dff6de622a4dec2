import * as z from 'zod';
import { type CivilDate, CivilDateSchema, assertCivilDate, formatVi } from './civil-date.ts';
import { DeadlineDataError, DeadlineRuleError } from './errors.ts';

export const PeriodUnitSchema = z.enum(['calendar-days', 'working-days']);
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;

/**
 * How far a deadline may be extended: how many times, by how many days each, and in which days. The unit
 * is the extension's own, as its law writes it, not necessarily the period's: Luật Tiếp cận thông tin
 * counts the period in working days but allows an extension of "tối đa không quá 15 ngày" (calendar days).
 */
const ExtensionLimitSchema = z.object({
  maxCount: z.number().int().min(0),
  maxDaysEach: z.number().int().min(0),
  unit: PeriodUnitSchema,
});
export type ExtensionLimit = z.infer<typeof ExtensionLimitSchema>;

const VariantNameSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/);

export const VariantSchema = z.object({
  period: z.number().int().min(0),
  descriptionVi: z.string().min(1),
  /** Set for a variant that is the combination of others (`remote-complex` combines remote + complex). */
  combines: z.array(VariantNameSchema).optional(),
  /** Overrides the rule's extension limit when this variant applies. */
  extensions: ExtensionLimitSchema.optional(),
});
export type Variant = z.infer<typeof VariantSchema>;

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Identifies this version in stored records; by convention the first day it is in force. */
    version: z.string().min(1),
    titleVi: z.string().min(1),
    titleEn: z.string().min(1),
    /** 0 means "the same day" (e.g. information supplied on the spot). */
    period: z.number().int().min(0),
    unit: PeriodUnitSchema,
    trigger: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    variants: z.record(VariantNameSchema, VariantSchema).default({}),
    extensions: ExtensionLimitSchema.default({ maxCount: 0, maxDaysEach: 0, unit: 'calendar-days' }),
    suspension: z.boolean().default(false),
    source: z.object({ law: z.string().min(1), article: z.string().min(1) }),
    verified: z.boolean(),
    effectiveFrom: CivilDateSchema,
    /** Last day in force, inclusive; null while in force. */
    effectiveUntil: CivilDateSchema.nullable(),
    note: z.string().optional(),
  })
  .refine((r) => r.effectiveUntil === null || r.effectiveFrom <= r.effectiveUntil, {
    message: 'effectiveUntil is before effectiveFrom',
  });
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;

export const RuleSetSchema = z.object({
  name: z.string().min(1),
  rules: z.array(RuleSchema).min(1),
});
export type RuleSetData = z.input<typeof RuleSetSchema>;

/** The period, unit and extension limit that apply once the chosen variants are resolved. */
export interface ResolvedPeriod {
  period: number;
  variant: string | null;
  extensions: ExtensionLimit;
}

/** Versioned legal rules: each rule id has non-overlapping versions, picked by the trigger date. */
export class RuleSet {
  readonly name: string;
  private readonly versions = new Map<string, Rule[]>();

  /** Validates `data` with `RuleSetSchema`; throws `DeadlineDataError` on overlapping versions. */
  constructor(data: RuleSetData) {
    const parsed = RuleSetSchema.safeParse(data);
    if (!parsed.success) {
      throw new DeadlineDataError(
        'invalid-rule-set',
        `Bộ quy tắc không hợp lệ: ${z.prettifyError(parsed.error)}`,
        `Invalid rule set: ${z.prettifyError(parsed.error)}`,
        { cause: parsed.error },
      );
    }
    this.name = parsed.data.name;
    for (const rule of parsed.data.rules) {
      const list = this.versions.get(rule.id) ?? [];
      list.push(rule);
      this.versions.set(rule.id, list);
    }
    for (const [id, list] of this.versions) {
      list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      list.forEach((rule, i) => {
        const next = list[i + 1];
        if (next && (rule.effectiveUntil === null || rule.effectiveUntil >= next.effectiveFrom)) {
          throw new DeadlineDataError(
            'invalid-rule-set',
            `Các phiên bản của quy tắc ${id} chồng lấn nhau (${rule.version}, ${next.version})`,
            `Versions of rule ${id} overlap (${rule.version}, ${next.version})`,
          );
        }
      });
    }
  }

  ids(): string[] {
    return [...this.versions.keys()].sort();
  }

  /** The version in force on the trigger date: `resolveRule('khieu-nai/thu-ly', '2026-07-01').period` → 7. */
  resolveRule(ruleId: string, triggerDate: CivilDate): Rule {
    assertCivilDate(triggerDate, 'trigger');
    const list = this.versions.get(ruleId);
    if (!list) {
      throw new DeadlineRuleError(
        'unknown-rule',
        `Không có quy tắc "${ruleId}". Các quy tắc: ${this.ids().join(', ')}`,
        `Unknown rule "${ruleId}". Known rules: ${this.ids().join(', ')}`,
      );
    }
    const rule = list.find(
      (r) => r.effectiveFrom <= triggerDate && (r.effectiveUntil === null || triggerDate <= r.effectiveUntil),
    );
    if (!rule) {
      throw new DeadlineRuleError(
        'no-rule-version',
        `Quy tắc "${ruleId}" không có phiên bản có hiệu lực ngày ${formatVi(triggerDate)}`,
        `Rule "${ruleId}" has no version in force on ${triggerDate}`,
      );
    }
    return rule;
  }
}

/**
 * Picks the period for the chosen variants: none → the rule's own period; one → that variant;
 * several → the variant that `combines` exactly those (`['remote', 'complex']` → `remote-complex`).
 */
export function resolvePeriod(rule: Rule, variants: readonly string[] = []): ResolvedPeriod {
  const wanted = [...new Set(variants)];
  if (wanted.length === 0) return { period: rule.period, variant: null, extensions: rule.extensions };
  const entries = Object.entries(rule.variants);
  const match =
    wanted.length === 1
      ? entries.find(([name]) => name === wanted[0])
      : entries.find(([, v]) => v.combines?.length === wanted.length && wanted.every((w) => v.combines?.includes(w)));
  if (!match) {
    const known = entries.map(([name]) => name).join(', ') || '(không có / none)';
    throw new DeadlineRuleError(
      'unknown-variant',
      `Quy tắc "${rule.id}" không có trường hợp "${wanted.join(' + ')}". Các trường hợp: ${known}`,
      `Rule "${rule.id}" has no variant "${wanted.join(' + ')}". Known variants: ${known}`,
    );
  }
  const [name, variant] = match;
  return { period: variant.period, variant: name, extensions: variant.extensions ?? rule.extensions };
}
