import { describe, expect, it } from 'vitest';
import { vnRuleSetData } from '../../../shared/deadlines/data/rules-vn.ts';
import { previewDeadline } from '../../../shared/deadlines/preview.ts';
import { RuleSchema } from '../../../shared/deadlines/rules.ts';
import { DEADLINE_ROUTES } from '../../../shared/http/routes/deadlines.ts';
import { routeUrl } from '../../../web/src/api/client.ts';
import { calculatorQuery, parseCalculatorQuery, previewQuery, triggerOf } from '../../../web/src/features/deadlines/calculator-query.ts';
import { daysLeft, urgencyOf } from '../../../web/src/features/deadlines/days-left.ts';
import { baseVariants, chosenPeriod, groupRulesByLaw, ruleInForce } from '../../../web/src/features/deadlines/rule-choice.ts';
import { groupTrace, type TraceItem } from '../../../web/src/features/deadlines/trace.ts';
import { href, queryFromHash } from '../../../web/src/router.ts';

const RULES = vnRuleSetData().rules.map((rule) => RuleSchema.parse(rule));

function rule(id: string, date = '2026-11-26') {
  const found = ruleInForce(RULES, id, date);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

describe('calculator query', () => {
  it('round-trips the inputs through the hash, so a computation can be bookmarked', () => {
    // Prepare
    const input = { ruleId: 'khieu-nai/lan-1', date: '2026-08-20', time: '23:59', variants: ['remote', 'complex'], extensions: 0 };

    // Act
    const link = href('/deadlines/calculator', calculatorQuery(input));

    // Assess
    expect(link).toBe('#/deadlines/calculator?ruleId=khieu-nai%2Flan-1&date=2026-08-20&time=23%3A59&variants=complex%2Cremote');
    expect(parseCalculatorQuery(queryFromHash(link))).toEqual({ ...input, variants: ['complex', 'remote'] });
  });

  it('drops what it cannot read instead of guessing', () => {
    expect(parseCalculatorQuery('ruleId=to-cao%2Fthu-ly&date=07%2F02%2F2024&time=25:00&extensions=-1&variants=,,a,a')).toEqual({
      ruleId: 'to-cao/thu-ly',
      date: '',
      time: '',
      variants: ['a'],
      extensions: 0,
    });
  });

  it('sends a date alone, or the instant in Vietnam’s offset when a time is given', () => {
    expect(triggerOf('2024-02-07', '')).toBe('2024-02-07');
    expect(triggerOf('2024-02-07', '23:59')).toBe('2024-02-07T23:59:00+07:00');
  });

  it('builds the preview request only once a rule and a date are chosen', () => {
    expect(previewQuery({ ruleId: 'to-cao/thu-ly', date: '', time: '', variants: [], extensions: 0 })).toBeNull();
    expect(previewQuery({ ruleId: 'to-cao/thu-ly', date: '2024-02-07', time: '', variants: [], extensions: 0 })).toEqual({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' });
    const query = previewQuery({ ruleId: 'to-cao/giai-quyet', date: '2024-02-07', time: '00:01', variants: ['b', 'a'], extensions: 2 });
    expect(query).toEqual({ ruleId: 'to-cao/giai-quyet', trigger: '2024-02-07T00:01:00+07:00', variants: 'a,b', extensions: '2' });
    expect(routeUrl(DEADLINE_ROUTES.previewDeadline, {}, query!)).toBe('/deadlines/preview?ruleId=to-cao%2Fgiai-quyet&trigger=2024-02-07T00%3A01%3A00%2B07%3A00&variants=a%2Cb&extensions=2');
  });
});

describe('rule choice', () => {
  it('offers the version of a rule in force on the trigger date', () => {
    expect(rule('khieu-nai/thu-ly', '2026-06-30').period).toBe(10);
    expect(rule('khieu-nai/thu-ly', '2026-07-01').period).toBe(7);
    expect(rule('khieu-nai/thu-ly', '1990-01-01').version).toBe('2012-07-01');
  });

  it('lists each rule once, grouped by its law', () => {
    const groups = groupRulesByLaw(RULES, '2026-11-26');
    const ids = groups.flatMap((group) => group.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(new Set(RULES.map((r) => r.id)).size);
    const denunciation = groups.find((group) => group.rules.some((r) => r.id === 'to-cao/thu-ly'));
    expect(denunciation?.law).toMatch(/Luật Tố cáo 2018/);
    expect(denunciation?.rules.every((r) => r.source.law === denunciation.law)).toBe(true);
  });

  it('offers the parts of a combined variant as checkboxes, and resolves their combination', () => {
    const complaint = rule('khieu-nai/lan-1');
    expect(baseVariants(complaint).sort()).toEqual(['complex', 'remote']);
    expect(chosenPeriod(complaint, ['remote', 'complex'])?.period).toBe(60);
    expect(chosenPeriod(rule('tiep-can-thong-tin/don-gian', '2026-01-09'), ['electronic', 'in-person'])).toBeNull();
  });
});

describe('days left', () => {
  // Due 23/02/2024: the period is over at 00:00 on 24/02 in Vietnam, 2024-02-23T17:00Z.
  const due = '2024-02-23T17:00:00.000Z';

  it('counts whole days in Vietnam from today to the last day', () => {
    expect(daysLeft(due, new Date('2024-02-20T03:00:00Z'))).toBe(3);
    // 23:30 on 22/02 in Vietnam is still the day before the last day.
    expect(daysLeft(due, new Date('2024-02-22T16:30:00Z'))).toBe(1);
  });

  it('says the last day is today until 24:00 local time, then overdue', () => {
    expect(daysLeft(due, new Date('2024-02-22T17:00:00Z'))).toBe(0);
    expect(daysLeft(due, new Date('2024-02-23T16:59:59Z'))).toBe(0);
    expect(daysLeft(due, new Date('2024-02-23T17:00:00Z'))).toBe(-1);
    expect(urgencyOf(-1)).toBe('overdue');
    expect(urgencyOf(0)).toBe('today');
    expect(urgencyOf(3)).toBe('soon');
    expect(urgencyOf(4)).toBe('later');
  });
});

describe('trace grouping', () => {
  const skipped = (items: TraceItem[]) => items.filter((item) => item.type === 'skipped');

  it('folds the Tết days a working-day period skips into one block that names Tết, apart from the next weekend', () => {
    // Prepare: 7 working days from 07/02/2024 skip Tết 08–14/02 and the weekend 17–18/02.
    const result = previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' });

    // Act
    const items = groupTrace(result.trace);

    // Assess
    const blocks = skipped(items);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ from: '2024-02-08', to: '2024-02-14', days: 7 });
    expect(blocks[0]?.type === 'skipped' && blocks[0].runs).toEqual([
      { from: '2024-02-08', to: '2024-02-14', days: 7, reason: { kind: 'day-off', nameVi: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)', dayOffKind: 'tet' } },
    ]);
    expect(blocks[1]?.type === 'skipped' && blocks[1].runs).toEqual([{ from: '2024-02-17', to: '2024-02-18', days: 2, reason: { kind: 'weekend' } }]);
    expect(items.map((item) => (item.type === 'step' ? item.step.kind : item.type))).toEqual(['rule', 'trigger', 'start', 'skipped', 'skipped', 'end', 'due']);
  });

  it('keeps every skipped day’s own text in its block and every other step in order', () => {
    const result = previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' });
    const items = groupTrace(result.trace);
    const texts = items.flatMap((item) => (item.type === 'skipped' ? item.steps.map((step) => step.text) : [item.step.text]));
    expect(texts).toEqual(result.trace.map((step) => step.text));
  });

  it('shows a make-up Saturday as its own step between skipped weekends', () => {
    // 10/01/2026 is a Saturday worked to pay back the bridge day 02/01/2026.
    const result = previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2026-01-07' });
    const kinds = groupTrace(result.trace).map((item) => (item.type === 'step' ? item.step.kind : item.type));
    expect(kinds).toContain('make-up-day');
    expect(kinds.indexOf('make-up-day')).toBeLessThan(kinds.indexOf('skipped'));
    expect(result.due).toBe('2026-01-15');
  });

  it('lists the days a calendar-day period rolls over, with their names', () => {
    // 30 days from 10/01/2024 end on Friday 09/02/2024, inside Tết (08–14/02): the due date moves to 15/02.
    const result = previewDeadline({ ruleId: 'khieu-nai/lan-1', trigger: '2024-01-10' });
    const roll = groupTrace(result.trace).find((item) => item.type === 'roll');
    expect(roll).toMatchObject({ type: 'roll', from: '2024-02-09', to: '2024-02-15' });
    expect(roll?.type === 'roll' && roll.runs.map((run) => run.reason.kind)).toEqual(['day-off']);
  });

  it('shows an unknown or malformed step as it is rather than failing', () => {
    const items = groupTrace([
      { kind: 'skip', text: 'Bỏ qua 01/01/2026 (no structured fields)' },
      { kind: 'future-kind', text: 'Bước mới' },
    ]);
    expect(items).toEqual([
      { type: 'step', step: { kind: 'skip', text: 'Bỏ qua 01/01/2026 (no structured fields)' } },
      { type: 'step', step: { kind: 'future-kind', text: 'Bước mới' } },
    ]);
  });
});

describe('the preview the calculator reads', () => {
  it('keeps the structured fields of the trace through the route’s response schema', () => {
    const result = JSON.parse(JSON.stringify(previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' }))) as unknown;
    const parsed = DEADLINE_ROUTES.previewDeadline.response.parse(result);
    expect(parsed.due).toBe('2024-02-23');
    expect(parsed.trace.find((step) => step.kind === 'skip')).toHaveProperty('reason.dayOff.nameVi', 'Tết Nguyên đán');
  });
});
