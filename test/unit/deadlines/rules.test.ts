import { describe, expect, it } from 'vitest';
import {
  DeadlineDataError,
  RuleSchema,
  RuleSet,
  resolvePeriod,
  vnRuleSetData,
  type RuleInput,
} from '../../../shared/deadlines/index.ts';

const ruleSet = new RuleSet(vnRuleSetData());

describe('default rule set', () => {
  it('holds every rule id of docs/legal-rules.md', () => {
    expect(ruleSet.ids()).toEqual([
      'khieu-nai/lan-1',
      'khieu-nai/lan-2',
      'khieu-nai/thu-ly',
      'kien-nghi/xu-ly-don',
      'ky-luat/xu-ly',
      'tiep-can-thong-tin/don-gian',
      'tiep-can-thong-tin/phuc-tap',
      'tiep-can-thong-tin/thong-bao',
      'tiep-cong-dan/tra-loi',
      'to-cao/chuyen-don',
      'to-cao/giai-quyet',
      'to-cao/thong-bao-thu-ly',
      'to-cao/thu-ly',
    ]);
  });

  it('stores every rule as data that RuleSchema accepts', () => {
    for (const rule of vnRuleSetData().rules) expect(RuleSchema.safeParse(rule).success).toBe(true);
  });

  it.each([
    ['khieu-nai/thu-ly', '2026-06-30', '2012-07-01', 10, 'calendar-days', false],
    ['khieu-nai/thu-ly', '2026-07-01', '2026-07-01', 7, 'working-days', false],
    ['khieu-nai/lan-1', '2026-06-30', '2012-07-01', 30, 'calendar-days', false],
    ['khieu-nai/lan-1', '2026-07-01', '2026-07-01', 30, 'calendar-days', true],
    ['khieu-nai/lan-2', '2026-07-01', '2026-07-01', 45, 'calendar-days', true],
    ['ky-luat/xu-ly', '2025-06-30', '2020-11-20', 90, 'calendar-days', false],
    ['ky-luat/xu-ly', '2025-07-01', '2025-07-01', 90, 'calendar-days', false],
    ['tiep-can-thong-tin/don-gian', '2026-08-31', '2018-07-01', 5, 'working-days', false],
    ['tiep-can-thong-tin/don-gian', '2026-09-01', '2026-09-01', 5, 'working-days', false],
  ])('resolveRule(%s, %s) picks version %s: %i %s, suspension %s', (id, date, version, period, unit, suspension) => {
    expect(ruleSet.resolveRule(id, date)).toMatchObject({ version, period, unit, suspension });
  });

  it('explains the pre-2026 calendar-day choice for khieu-nai/thu-ly in its note', () => {
    const rule = ruleSet.resolveRule('khieu-nai/thu-ly', '2025-01-01');
    expect(rule.note).toContain('Điều 156.2');
    expect(rule.source).toEqual({ law: 'Luật Khiếu nại 2011 (02/2011/QH13)', article: 'Điều 27' });
  });

  it('flags the doc\'s unverified rules and the versions carried over a change of law', () => {
    expect(ruleSet.resolveRule('kien-nghi/xu-ly-don', '2025-01-01').verified).toBe(false);
    expect(ruleSet.resolveRule('ky-luat/xu-ly', '2025-07-01').verified).toBe(false);
    expect(ruleSet.resolveRule('tiep-can-thong-tin/phuc-tap', '2026-09-01').verified).toBe(false);
    expect(ruleSet.resolveRule('to-cao/thu-ly', '2025-01-01').verified).toBe(true);
  });

  it('gives variant-specific extension limits', () => {
    const rule = ruleSet.resolveRule('tiep-can-thong-tin/phuc-tap', '2025-01-01');
    expect(resolvePeriod(rule, [])).toEqual({ period: 15, variant: null, extensions: { maxCount: 1, maxDaysEach: 15, unit: 'calendar-days' } });
    expect(resolvePeriod(rule, ['in-person'])).toEqual({ period: 10, variant: 'in-person', extensions: { maxCount: 1, maxDaysEach: 10, unit: 'working-days' } });
    expect(rule.unit).toBe('working-days');
  });
});

describe('RuleSet validation', () => {
  const rule: RuleInput = {
    id: 'test/rule',
    version: 'v1',
    titleVi: 't',
    titleEn: 't',
    period: 5,
    unit: 'working-days',
    trigger: { vi: 't', en: 't' },
    source: { law: 'l', article: 'a' },
    verified: true,
    effectiveFrom: '2020-01-01',
    effectiveUntil: '2020-12-31',
  };

  it('rejects overlapping versions of one rule', () => {
    const overlapping = { ...rule, version: 'v2', effectiveFrom: '2020-12-31', effectiveUntil: null };
    expect(() => new RuleSet({ name: 'x', rules: [rule, overlapping] })).toThrow(DeadlineDataError);
  });

  it.each([
    ['an unknown unit', { ...rule, unit: 'hours' as 'working-days' }],
    ['a negative period', { ...rule, period: -1 }],
    ['an end before the start', { ...rule, effectiveUntil: '2019-01-01' }],
    ['a malformed id', { ...rule, id: 'Khieu Nai' }],
  ])('rejects a rule with %s', (_label, bad) => {
    expect(() => new RuleSet({ name: 'x', rules: [bad] })).toThrow(expect.objectContaining({ code: 'invalid-rule-set' }));
  });
});
