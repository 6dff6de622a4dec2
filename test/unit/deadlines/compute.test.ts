import { describe, expect, it } from 'vitest';
import {
  DeadlineInputError,
  DeadlineRuleError,
  type DeadlineInput,
  type TraceStep,
  previewDeadline,
} from '../../../shared/deadlines/index.ts';

const due = (input: DeadlineInput) => previewDeadline(input).due;
const steps = <K extends TraceStep['kind']>(trace: TraceStep[], kind: K) =>
  trace.filter((s): s is Extract<TraceStep, { kind: K }> => s.kind === kind);

describe('computeDeadline: expected dates worked out by hand from the calendar table', () => {
  it.each<[string, DeadlineInput, string]>([
    // Tết 2024 (08–14/02): 15, 16, 19, 20, 21, 22, 23/02.
    ['to-cao/thu-ly: 7 working days skip Tết 2024', { ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' }, '2024-02-23'],
    // Tết 2025 (25/01–02/02): 03/02 … 14/02 are working days 1–10.
    ['tiep-cong-dan/tra-loi: 10 working days skip Tết 2025', { ruleId: 'tiep-cong-dan/tra-loi', trigger: '2025-01-24' }, '2025-02-14'],
    // Tết 2026 (14–22/02): 13/02, then 23, 24, 25, 26/02.
    ['to-cao/chuyen-don: 5 working days skip Tết 2026', { ruleId: 'to-cao/chuyen-don', trigger: '2026-02-12' }, '2026-02-26'],
    // 26/04; 27/04–01/05 off; 02, 03, Sat 04 (make-up), 06, 07, 08/05.
    ['to-cao/thu-ly counts make-up Saturday 04/05/2024', { ruleId: 'to-cao/thu-ly', trigger: '2024-04-25' }, '2024-05-08'],
    // 25, Sat 26 (make-up), 28, 29/04; 30/04–04/05 off; 05/05.
    ['to-cao/chuyen-don counts make-up Saturday 26/04/2025', { ruleId: 'to-cao/chuyen-don', trigger: '2025-04-24' }, '2025-05-05'],
    ['tiep-can-thong-tin/thong-bao counts make-up Saturday 10/01/2026', { ruleId: 'tiep-can-thong-tin/thong-bao', trigger: '2026-01-08' }, '2026-01-12'],
    ['to-cao/thong-bao-thu-ly counts make-up Saturday 22/08/2026', { ruleId: 'to-cao/thong-bao-thu-ly', trigger: '2026-08-20' }, '2026-08-26'],
    // Day 10 = 30/01/2025, inside Tết: rolls to Monday 03/02.
    ['khieu-nai/thu-ly (10 calendar days) rolls out of Tết 2025', { ruleId: 'khieu-nai/thu-ly', trigger: '2025-01-20' }, '2025-02-03'],
    // Day 10 = Saturday 15/03/2025: rolls to Monday.
    ['kien-nghi/xu-ly-don rolls a Saturday end to Monday', { ruleId: 'kien-nghi/xu-ly-don', trigger: '2025-03-05' }, '2025-03-17'],
    // Day 10 = Saturday 04/05/2024, a make-up working day: no roll.
    ['kien-nghi/xu-ly-don does not roll from a make-up Saturday', { ruleId: 'kien-nghi/xu-ly-don', trigger: '2024-04-24' }, '2024-05-04'],
    // Day 30 from 30/01/2024 = 29/02/2024 (leap day, Thursday).
    ['khieu-nai/lan-1 ends on the leap day 29/02/2024', { ruleId: 'khieu-nai/lan-1', trigger: '2024-01-30' }, '2024-02-29'],
    // Same trigger in 2025: day 30 = Saturday 01/03/2025 → Monday 03/03.
    ['khieu-nai/lan-1 in a common year ends 01/03 and rolls', { ruleId: 'khieu-nai/lan-1', trigger: '2025-01-30' }, '2025-03-03'],
    // From 31/01/2025: day 30 = Sunday 02/03/2025 → Monday 03/03.
    ['khieu-nai/lan-1 from a month end', { ruleId: 'khieu-nai/lan-1', trigger: '2025-01-31' }, '2025-03-03'],
    ['kien-nghi/xu-ly-don ends on 29/02/2024', { ruleId: 'kien-nghi/xu-ly-don', trigger: '2024-02-19' }, '2024-02-29'],
    // Day 30 = 01/05/2026 (holiday) → 02, 03 weekend off → Monday 04/05.
    ['to-cao/giai-quyet rolls over 30/4–1/5 2026', { ruleId: 'to-cao/giai-quyet', trigger: '2026-04-01' }, '2026-05-04'],
    ['ky-luat/xu-ly complex: 150 days', { ruleId: 'ky-luat/xu-ly', trigger: '2025-07-01', variants: ['complex'] }, '2025-11-28'],
    ['to-cao/thu-ly multi-location: 10 working days', { ruleId: 'to-cao/thu-ly', trigger: '2024-02-07', variants: ['multi-location'] }, '2024-02-28'],
    ['tiep-can-thong-tin/don-gian electronic: 3 working days', { ruleId: 'tiep-can-thong-tin/don-gian', trigger: '2025-03-06', variants: ['electronic'] }, '2025-03-11'],
    ['tiep-can-thong-tin/don-gian in person: the same day', { ruleId: 'tiep-can-thong-tin/don-gian', trigger: '2025-03-05', variants: ['in-person'] }, '2025-03-05'],
  ])('%s', (_name, input, expected) => {
    expect(due(input)).toBe(expected);
  });
});

describe('computeDeadline: submission time of day (local Asia/Ho_Chi_Minh)', () => {
  it.each([
    // 10 calendar days from 24/01 → 03/02/2025; from 25/01 → 04/02.
    ['khieu-nai/thu-ly', '2025-01-24T16:59:00Z', '2025-01-24', '2025-02-03'],
    ['khieu-nai/thu-ly', '2025-01-24T17:01:00Z', '2025-01-25', '2025-02-04'],
    // Thursday 01/02/2024 23:59: 02, 05, 06, 07, 15, 16, 19/02; 00:01 Friday: one day later.
    ['to-cao/thu-ly', '2024-02-01T16:59:00Z', '2024-02-01', '2024-02-19'],
    ['to-cao/thu-ly', '2024-02-01T17:01:00Z', '2024-02-02', '2024-02-20'],
  ])('%s received at %s counts from local %s, due %s', (ruleId, trigger, localDate, expected) => {
    const result = previewDeadline({ ruleId, trigger });
    expect(result.trigger).toEqual({ input: trigger, instant: trigger, localDate });
    expect(result.due).toBe(expected);
  });
});

describe('computeDeadline: result and trace', () => {
  const result = previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' });

  it('gives the due instant as 00:00 local the next day, in UTC', () => {
    expect(result.dueInstant).toBe('2024-02-23T17:00:00.000Z');
    expect(result.status).toBe('running');
  });

  it('names the rule, its version and source', () => {
    expect(result.rule).toMatchObject({ id: 'to-cao/thu-ly', version: '2019-01-01', unit: 'working-days', period: 7 });
    expect(result.rule.source.article).toBe('Điều 24.1');
    expect(steps(result.trace, 'rule')[0]?.text).toContain('Luật Tố cáo 2018');
  });

  it('starts counting the day after the trigger', () => {
    expect(steps(result.trace, 'start')[0]?.date).toBe('2024-02-08');
  });

  it('lists every skipped day with its reason', () => {
    const skipped = steps(result.trace, 'skip');
    expect(skipped.map((s) => s.date)).toEqual([
      '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-17', '2024-02-18',
    ]);
    expect(skipped[0]?.text).toBe('Bỏ qua 08/02/2024: nghỉ Tết Nguyên đán');
    expect(skipped.at(-1)?.reason).toEqual({ kind: 'weekend', date: '2024-02-18', weekday: 'sunday' });
  });

  it('records a make-up Saturday that was counted', () => {
    const trace = previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-04-25' }).trace;
    expect(steps(trace, 'make-up-day').map((s) => s.date)).toEqual(['2024-05-04']);
  });

  it('explains the final roll: from which day to which, and why', () => {
    const trace = previewDeadline({ ruleId: 'khieu-nai/thu-ly', trigger: '2025-01-20' }).trace;
    const [roll] = steps(trace, 'roll');
    expect(roll).toMatchObject({ from: '2025-01-30', to: '2025-02-03' });
    expect(roll?.reasons.map((r) => r.date)).toEqual(['2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']);
    expect(roll?.text).toContain('Tết Nguyên đán');
    expect(steps(trace, 'end')[0]?.date).toBe('2025-01-30');
  });

  it('writes every step in Vietnamese text', () => {
    expect(result.trace.every((s) => s.text.length > 10)).toBe(true);
  });
});

describe('computeDeadline: warnings', () => {
  it('warns when the period runs through a year without calendar data', () => {
    const result = previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2028-03-01' });
    expect(result.warnings.map((w) => [w.code, w.year])).toContainEqual(['calendar-year-missing', 2028]);
    expect(steps(result.trace, 'warning').length).toBe(result.warnings.length);
  });

  it('warns when the period runs through a proposed (unconfirmed) year', () => {
    const result = previewDeadline({ ruleId: 'khieu-nai/lan-1', trigger: '2026-12-20' });
    expect(result.warnings.map((w) => w.code)).toContain('calendar-year-proposal');
  });

  it('warns on an unverified rule', () => {
    expect(previewDeadline({ ruleId: 'kien-nghi/xu-ly-don', trigger: '2025-03-05' }).warnings.map((w) => w.code)).toEqual(['rule-unverified']);
  });

  it('gives no warning for a verified rule inside a verified year', () => {
    expect(previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' }).warnings).toEqual([]);
  });
});

describe('computeDeadline: rule versions around 01/07/2026', () => {
  it.each([
    // 10 calendar days from 29/06/2026 → Thursday 09/07.
    ['2026-06-29', '2012-07-01', 'calendar-days', '2026-07-09'],
    ['2026-06-30', '2012-07-01', 'calendar-days', '2026-07-10'],
    // 7 working days from Thursday 02/07/2026: 03, 06, 07, 08, 09, 10, 13/07.
    ['2026-07-02', '2026-07-01', 'working-days', '2026-07-13'],
    // 30/06 17:30 UTC is 01/07 00:30 local: the new version applies.
    ['2026-06-30T17:30:00Z', '2026-07-01', 'working-days', '2026-07-10'],
  ])('khieu-nai/thu-ly triggered %s uses version %s (%s), due %s', (trigger, version, unit, expected) => {
    const result = previewDeadline({ ruleId: 'khieu-nai/thu-ly', trigger });
    expect(result.rule).toMatchObject({ version, unit });
    expect(result.due).toBe(expected);
  });
});

describe('computeDeadline: variants', () => {
  it.each([
    [[], 45],
    [['complex'], 60],
    [['remote'], 60],
    [['remote-complex'], 70],
    [['remote', 'complex'], 70],
    [['complex', 'remote'], 70],
  ])('khieu-nai/lan-2 with %j has %i days', (variants, period) => {
    expect(previewDeadline({ ruleId: 'khieu-nai/lan-2', trigger: '2025-03-03', variants }).rule.period).toBe(period);
  });
});

const decision = { decidedOn: '2025-01-20', reason: 'Vụ việc phức tạp', by: 'Chánh Thanh tra' };

describe('computeDeadline: extensions', () => {
  it('counts an extension from the original trigger, rolling only the final end', () => {
    // 30 days from 31/12/2024 end 30/01/2025 (Tết); +30 counts on to Saturday 01/03/2025 → Monday 03/03,
    // not 30 days after the rolled 03/02.
    const result = previewDeadline({ ruleId: 'to-cao/giai-quyet', trigger: '2024-12-31', extensions: [{ days: 30, ...decision }] });
    expect(result.due).toBe('2025-03-03');
    expect(steps(result.trace, 'roll')).toHaveLength(1);
    expect(steps(result.trace, 'extension')[0]).toMatchObject({ days: 30, reason: 'Vụ việc phức tạp', by: 'Chánh Thanh tra', totalPeriod: 60 });
  });

  it('allows two extensions of the denunciation period: 30 → 60 → 90 days', () => {
    const twice = [{ days: 30, ...decision }, { days: 30, ...decision }];
    // Day 90 from 31/12/2024 = Monday 31/03/2025.
    expect(previewDeadline({ ruleId: 'to-cao/giai-quyet', trigger: '2024-12-31', extensions: twice }).due).toBe('2025-03-31');
  });

  it('extends a working-day period by calendar days where the law says plain "ngày" (Luật Tiếp cận thông tin Điều 31.2)', () => {
    // 15 working days from Monday 03/03/2025 end on Monday 24/03; the extension of "tối đa không quá 15 ngày"
    // counts calendar days on from there: 25/03–08/04, and Tuesday 08/04 is a working day (Giỗ Tổ was 07/04).
    const result = previewDeadline({ ruleId: 'tiep-can-thong-tin/phuc-tap', trigger: '2025-03-03', extensions: [{ days: 15, ...decision, decidedOn: '2025-03-20' }] });
    expect(result.due).toBe('2025-04-08');
    expect(result.totalDays).toBe(30);
    expect(steps(result.trace, 'extension')[0]?.text).toContain('thêm 15 ngày (');
    expect(steps(result.trace, 'extension')[0]?.text).toContain('15 ngày làm việc và 15 ngày');
    expect(steps(result.trace, 'start').map((s) => s.date)).toEqual(['2025-03-04', '2025-03-25']);
  });

  it('extends a period in its own unit where the extension is counted in the same days (Luật Tố cáo Điều 30)', () => {
    // 30 + 30 calendar days from Monday 20/01/2025, through Tết: day 11 is 31/01, day 39 is 28/02, day 60 Friday 21/03.
    const result = previewDeadline({ ruleId: 'to-cao/giai-quyet', trigger: '2025-01-20', extensions: [{ days: 30, ...decision }] });
    expect(result.due).toBe('2025-03-21');
    expect(steps(result.trace, 'start')).toHaveLength(1);
  });

  it.each<[string, DeadlineInput, string]>([
    ['a third extension', { ruleId: 'to-cao/giai-quyet', trigger: '2025-01-20', extensions: [1, 2, 3].map(() => ({ days: 30, ...decision })) }, 'extension-limit'],
    ['an extension longer than 30 days', { ruleId: 'to-cao/giai-quyet', trigger: '2025-01-20', extensions: [{ days: 31, ...decision }] }, 'extension-limit'],
    ['an in-person request extended beyond 10 working days', { ruleId: 'tiep-can-thong-tin/phuc-tap', trigger: '2025-01-20', variants: ['in-person'], extensions: [{ days: 11, ...decision }] }, 'extension-limit'],
    ['any extension of a complaint', { ruleId: 'khieu-nai/lan-1', trigger: '2025-01-20', extensions: [{ days: 5, ...decision }] }, 'extension-not-allowed'],
    ['an extension decided before the trigger', { ruleId: 'to-cao/giai-quyet', trigger: '2025-01-21', extensions: [{ days: 5, ...decision }] }, 'invalid-extension'],
    ['an extension of zero days', { ruleId: 'to-cao/giai-quyet', trigger: '2025-01-20', extensions: [{ days: 0, ...decision }] }, 'invalid-extension'],
  ])('refuses %s', (_label, input, code) => {
    expect(() => previewDeadline(input)).toThrow(expect.objectContaining({ name: 'DeadlineRuleError', code }));
  });
});

describe('computeDeadline: suspensions (khiếu nại from 01/07/2026)', () => {
  it('keeps used days, skips suspended days and resumes on the resumption date', () => {
    // 02–10/07 are days 1–9; 11–20/07 suspended (10 days); 21/07 is day 10, so day 30 is Monday 10/08/2026.
    const result = previewDeadline({ ruleId: 'khieu-nai/lan-1', trigger: '2026-07-01', suspensions: [{ from: '2026-07-11', until: '2026-07-21' }] });
    expect(result.due).toBe('2026-08-10');
    expect(steps(result.trace, 'suspension')[0]).toMatchObject({ pausedDays: 10, usedDays: 9, remainingDays: 21 });
    expect(previewDeadline({ ruleId: 'khieu-nai/lan-1', trigger: '2026-07-01' }).due).toBe('2026-07-31');
  });

  it('has no due date while a suspension is open', () => {
    const result = previewDeadline({ ruleId: 'khieu-nai/lan-1', trigger: '2026-07-01', suspensions: [{ from: '2026-07-11' }] });
    expect(result).toMatchObject({ status: 'suspended', due: null, dueInstant: null, countedDays: 9, totalDays: 30 });
  });

  it('ignores a suspension decided after the period ended, and says so', () => {
    const result = previewDeadline({ ruleId: 'khieu-nai/lan-1', trigger: '2026-07-01', suspensions: [{ from: '2026-09-01', until: '2026-09-05' }] });
    expect(result.due).toBe('2026-07-31');
    expect(steps(result.trace, 'suspension-not-applied')).toHaveLength(1);
  });

  it.each<[string, DeadlineInput, string]>([
    ['before 01/07/2026', { ruleId: 'khieu-nai/lan-1', trigger: '2026-06-30', suspensions: [{ from: '2026-07-05' }] }, 'suspension-not-allowed'],
    ['for a denunciation', { ruleId: 'to-cao/giai-quyet', trigger: '2026-07-10', suspensions: [{ from: '2026-07-15' }] }, 'suspension-not-allowed'],
    ['resuming before it starts', { ruleId: 'khieu-nai/lan-1', trigger: '2026-07-01', suspensions: [{ from: '2026-07-15', until: '2026-07-10' }] }, 'invalid-suspension'],
    ['starting before the trigger', { ruleId: 'khieu-nai/lan-1', trigger: '2026-07-10', suspensions: [{ from: '2026-07-05', until: '2026-07-12' }] }, 'invalid-suspension'],
    [
      'an open suspension followed by another',
      { ruleId: 'khieu-nai/lan-1', trigger: '2026-07-01', suspensions: [{ from: '2026-07-05' }, { from: '2026-07-15', until: '2026-07-20' }] },
      'invalid-suspension',
    ],
  ])('refuses a suspension %s', (_label, input, code) => {
    expect(() => previewDeadline(input)).toThrow(expect.objectContaining({ name: 'DeadlineRuleError', code }));
  });
});

describe('computeDeadline: bad input', () => {
  it.each<[string, DeadlineInput, string, string]>([
    ['an unknown rule', { ruleId: 'khieu-nai/khong-co', trigger: '2025-01-20' }, 'DeadlineRuleError', 'unknown-rule'],
    ['an unknown variant', { ruleId: 'to-cao/thu-ly', trigger: '2025-01-20', variants: ['urgent'] }, 'DeadlineRuleError', 'unknown-variant'],
    ['a combination no variant covers', { ruleId: 'khieu-nai/lan-1', trigger: '2025-01-20', variants: ['remote', 'urgent'] }, 'DeadlineRuleError', 'unknown-variant'],
    ['a trigger before the first version', { ruleId: 'khieu-nai/thu-ly', trigger: '2012-06-30' }, 'DeadlineRuleError', 'no-rule-version'],
    ['an impossible date', { ruleId: 'to-cao/thu-ly', trigger: '2025-02-29' }, 'DeadlineInputError', 'invalid-date'],
    ['a malformed date', { ruleId: 'to-cao/thu-ly', trigger: '20/01/2025' }, 'DeadlineInputError', 'invalid-date'],
    ['an instant without offset', { ruleId: 'to-cao/thu-ly', trigger: '2025-01-20T10:00:00' }, 'DeadlineInputError', 'invalid-date'],
    ['a bad extension date', { ruleId: 'to-cao/giai-quyet', trigger: '2025-01-20', extensions: [{ ...decision, days: 5, decidedOn: '2025-13-01' }] }, 'DeadlineInputError', 'invalid-date'],
  ])('rejects %s', (_label, input, name, code) => {
    expect(() => previewDeadline(input)).toThrow(expect.objectContaining({ name, code }));
  });

  it('explains the error in Vietnamese and English', () => {
    try {
      previewDeadline({ ruleId: 'khong-co/quy-tac', trigger: '2025-01-20' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DeadlineRuleError);
      expect((error as DeadlineRuleError).message).toMatch(/^Không có quy tắc "khong-co\/quy-tac".* \/ Unknown rule "khong-co\/quy-tac"/);
    }
    expect(() => previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: 'x' })).toThrow(DeadlineInputError);
  });
});
