import { describe, expect, it } from 'vitest';
import { availableCommands, transition } from '../../../shared/cases/lifecycle.ts';
import type { CitizenCase, DeadlineStep } from '../../../shared/cases/model.ts';
import { toPublicView } from '../../../shared/cases/public-view.ts';
import { apply, calendar, officer, register, registration, ruleSet, vn } from './fixtures.ts';

const dueOf = (c: CitizenCase, step: DeadlineStep) => c.deadlines.find((d) => d.step === step)?.due;
const statusOf = (c: CitizenCase, step: DeadlineStep) => c.deadlines.find((d) => d.step === step)?.status;

// Expected dates are worked out by hand from the calendar table in legal-rules.md.
describe('deadlines at registration (counted from receipt)', () => {
  it('khiếu nại before 01/07/2026: thụ lý within 10 calendar days (24/02/2025 → 06/03)', () => {
    const { case: c, deadlines } = register(registration('khieu-nai-lan-1', vn('2025-02-24')));
    expect(dueOf(c, 'acceptance')).toBe('2025-03-06');
    expect(deadlines.map((d) => [d.step, d.input.ruleId, d.result.rule.version])).toEqual([['acceptance', 'khieu-nai/thu-ly', '2012-07-01']]);
  });

  it('khiếu nại from 01/07/2026: 7 working days (01/07/2026 → 10/07)', () => {
    expect(dueOf(register(registration('khieu-nai-lan-2', vn('2026-07-01'))).case, 'acceptance')).toBe('2026-07-10');
  });

  it('tố cáo: 7 working days, 10 when checks span several places (28/02/2025 → 11/03, 14/03)', () => {
    expect(dueOf(register(registration('to-cao', vn('2025-02-28'))).case, 'acceptance')).toBe('2025-03-11');
    expect(dueOf(register(registration('to-cao', vn('2025-02-28'), { variants: ['multi-location'] })).case, 'acceptance')).toBe('2025-03-14');
  });

  it('counts from the local date of an instant received late in the evening', () => {
    // 23:30 on Friday 28/02 in Hà Nội is still 28/02 (10 calendar days → 10/03); 00:30 is Saturday 01/03 (→ 11/03).
    expect(dueOf(register(registration('kien-nghi-phan-anh', '2025-02-28T16:30:00Z')).case, 'acceptance')).toBe('2025-03-10');
    expect(dueOf(register(registration('kien-nghi-phan-anh', '2025-02-28T17:30:00Z')).case, 'acceptance')).toBe('2025-03-11');
  });

  it('information by e-mail: 3 working days when simple; 15 plus a 3-day notice when complex', () => {
    expect(dueOf(register(registration('yeu-cau-thong-tin', vn('2025-03-05'), { channel: 'email' })).case, 'provision')).toBe('2025-03-10');
    const complex = register(registration('yeu-cau-thong-tin', vn('2025-03-05'), { channel: 'web', variants: ['complex'] })).case;
    expect(dueOf(complex, 'provision')).toBe('2025-03-26');
    expect(dueOf(complex, 'complex-notice')).toBe('2025-03-10');
  });

  it('information in person and simple: the same day', () => {
    expect(dueOf(register(registration('yeu-cau-thong-tin', vn('2025-03-05'))).case, 'provision')).toBe('2025-03-05');
  });
});

describe('deadline propagation through thụ lý, extensions and suspensions', () => {
  it('khiếu nại lần 1: thụ lý 03/03/2025 → resolution 02/04; remote + complex → 60 days, out of the 30/4–4/5 break', () => {
    const received = register(registration('khieu-nai-lan-1', vn('2025-02-24'))).case;
    const { case: plain, deadlines, closed } = transition(received, { type: 'accept' }, vn('2025-03-03'), officer, ruleSet, calendar);
    expect(dueOf(plain, 'resolution')).toBe('2025-04-02');
    expect(statusOf(plain, 'acceptance')).toBe('met');
    expect(closed).toEqual([{ step: 'acceptance', status: 'met' }]);
    expect(deadlines.map((d) => [d.step, d.result.due])).toEqual([['resolution', '2025-04-02']]);

    const hard = transition(received, { type: 'accept', variants: ['remote', 'complex'] }, vn('2025-03-03'), officer, ruleSet, calendar).case;
    expect(dueOf(hard, 'resolution')).toBe('2025-05-05');
    expect(hard.deadlines.find((d) => d.step === 'resolution')?.input.variants).toEqual(['remote', 'complex']);
  });

  it('khiếu nại lần 2: 45 days from thụ lý', () => {
    const c = apply(register(registration('khieu-nai-lan-2', vn('2025-02-24'))).case, [{ type: 'accept', decidedOn: '2025-03-03' }], '2025-03-02');
    // 03/03 + 45 = 17/04/2025, a Thursday.
    expect(dueOf(c, 'resolution')).toBe('2025-04-17');
  });

  it('tố cáo: thụ lý → notify within 5 working days and resolve within 30 days; 30 → 60 → 90; a third extension is refused', () => {
    const received = register(registration('to-cao', vn('2025-02-28'))).case;
    const accepted = transition(received, { type: 'accept' }, vn('2025-03-03'), officer, ruleSet, calendar).case;
    expect(dueOf(accepted, 'notification')).toBe('2025-03-10');
    expect(dueOf(accepted, 'resolution')).toBe('2025-04-02');

    const notified = transition(accepted, { type: 'notify', documentRef: 'TB 1' }, vn('2025-03-05'), officer, ruleSet, calendar);
    expect(notified.closed).toEqual([{ step: 'notification', status: 'met' }]);
    const started = transition(notified.case, { type: 'start' }, vn('2025-03-06'), officer, ruleSet, calendar).case;

    const once = transition(started, { type: 'extend', days: 30, reason: 'Phức tạp', documentRef: 'QĐ GH1' }, vn('2025-03-25'), officer, ruleSet, calendar);
    // Day 60 = 02/05/2025, in the 30/4–4/5 break: Monday 05/05.
    expect(dueOf(once.case, 'resolution')).toBe('2025-05-05');
    expect(once.deadlines[0]?.result.totalDays).toBe(60);

    const twice = transition(once.case, { type: 'extend', days: 30, reason: 'Đặc biệt phức tạp', documentRef: 'QĐ GH2' }, vn('2025-04-28'), officer, ruleSet, calendar).case;
    // Day 90 = Sunday 01/06/2025: Monday 02/06.
    expect(dueOf(twice, 'resolution')).toBe('2025-06-02');
    expect(twice.status).toBe('extended');
    expect(twice.decisions.map((d) => [d.kind, d.days, d.documentRef])).toEqual([
      ['extension', 30, 'QĐ GH1'],
      ['extension', 30, 'QĐ GH2'],
    ]);

    const snapshot = structuredClone(twice);
    expect(() => transition(twice, { type: 'extend', days: 10, reason: 'Thêm', documentRef: 'QĐ GH3' }, vn('2025-05-20'), officer, ruleSet, calendar)).toThrow(
      expect.objectContaining({ name: 'DeadlineRuleError', code: 'extension-limit' }) as Error,
    );
    expect(twice).toEqual(snapshot);
  });

  it('tố cáo: extended straight after thụ lý, since the 30 days run from it; the resolution deadline moves by the days decided', () => {
    // Thụ lý Tuesday 04/03/2025 (the day after 03/03): 30 days → Thursday 03/04/2025; extended by 30 →
    // Saturday 03/05, in the 30/04–04/05 break, so Monday 05/05/2025.
    const accepted = apply(register(registration('to-cao', vn('2025-02-28'))).case, [{ type: 'accept' }], '2025-03-03');
    expect(accepted.status).toBe('accepted');
    expect(availableCommands(accepted, ruleSet)).toContain('extend');
    expect(dueOf(accepted, 'resolution')).toBe('2025-04-03');
    const extended = transition(accepted, { type: 'extend', days: 30, reason: 'Vụ việc phức tạp', documentRef: 'QĐ 07/QĐ-SKHCN' }, vn('2025-03-25'), officer, ruleSet, calendar).case;
    expect(extended.status).toBe('extended');
    expect(dueOf(extended, 'resolution')).toBe('2025-05-05');
    expect(extended.decisions.at(-1)).toMatchObject({ kind: 'extension', days: 30, reason: 'Vụ việc phức tạp', documentRef: 'QĐ 07/QĐ-SKHCN' });
  });

  it('tố cáo: an extension longer than 30 days is refused', () => {
    const started = apply(register(registration('to-cao', vn('2025-02-28'))).case, [{ type: 'accept' }, { type: 'start' }], '2025-03-02');
    expect(() => transition(started, { type: 'extend', days: 31, reason: 'x', documentRef: 'y' }, vn('2025-03-20'), officer, ruleSet, calendar)).toThrow(
      expect.objectContaining({ code: 'extension-limit' }) as Error,
    );
  });

  it('tố cáo transferred outside competence: the 5-working-day transfer deadline is recorded as met', () => {
    const { case: c, deadlines, closed } = transition(register(registration('to-cao', vn('2025-02-28'))).case, { type: 'transfer', to: 'Thanh tra tỉnh', reason: 'Không thuộc thẩm quyền' }, vn('2025-03-04'), officer, ruleSet, calendar);
    expect(deadlines.map((d) => [d.step, d.result.due])).toEqual([['transfer', '2025-03-07']]);
    expect(c.deadlines.map((d) => [d.step, d.status])).toEqual([
      ['acceptance', 'met'],
      ['transfer', 'met'],
    ]);
    expect(closed).toEqual([
      { step: 'acceptance', status: 'met' },
      { step: 'transfer', status: 'met' },
    ]);
  });

  it('complex information request: 15 working days to 26/03/2025, then one extension of 15 calendar days to 10/04', () => {
    const c = apply(register(registration('yeu-cau-thong-tin', vn('2025-03-05'), { channel: 'web', variants: ['complex'] })).case, [{ type: 'accept' }, { type: 'start' }], '2025-03-05');
    expect(statusOf(c, 'complex-notice')).toBe('met');
    const extended = transition(c, { type: 'extend', days: 15, reason: 'Khối lượng lớn', documentRef: 'TB GH' }, vn('2025-03-20'), officer, ruleSet, calendar).case;
    expect(dueOf(extended, 'provision')).toBe('2025-04-10');
  });

  it('a simple information request cannot be extended', () => {
    const c = apply(register(registration('yeu-cau-thong-tin', vn('2025-03-05'), { channel: 'buu-chinh' })).case, [{ type: 'accept' }, { type: 'start' }], '2025-03-05');
    expect(() => transition(c, { type: 'extend', days: 5, reason: 'x', documentRef: 'y' }, vn('2025-03-10'), officer, ruleSet, calendar)).toThrow(
      expect.objectContaining({ code: 'extension-not-allowed' }) as Error,
    );
  });

  describe('khiếu nại suspension (Luật 136/2025, from 01/07/2026)', () => {
    // Thụ lý Monday 06/07/2026: 30 days → Wednesday 05/08/2026.
    const accepted = apply(register(registration('khieu-nai-lan-1', vn('2026-07-01'))).case, [{ type: 'accept' }, { type: 'start' }], '2026-07-05');

    it('pauses the count: the days used stay used, the suspended days are not counted', () => {
      expect(accepted.acceptance?.acceptedOn).toBe('2026-07-06');
      expect(dueOf(accepted, 'resolution')).toBe('2026-08-05');

      const suspended = transition(accepted, { type: 'suspend', reason: 'Chờ kết quả giám định', documentRef: 'QĐ TĐC 1' }, vn('2026-07-16'), officer, ruleSet, calendar);
      expect(suspended.case.status).toBe('suspended');
      expect(dueOf(suspended.case, 'resolution')).toBeNull();
      // 07/07–15/07: 9 days used.
      expect(suspended.deadlines[0]?.result).toMatchObject({ status: 'suspended', countedDays: 9 });
      expect(toPublicView(suspended.case, { rating: undefined, today: '2026-07-16', calendar }).nextDeadline).toBeNull();

      // Resumed 27/07: 21 days left, 27/07 is day 10 → day 30 = Sunday 16/08 → Monday 17/08/2026.
      const resumed = transition(suspended.case, { type: 'resume', documentRef: 'QĐ TT 1' }, vn('2026-07-27'), officer, ruleSet, calendar).case;
      expect(resumed.status).toBe('in-progress');
      expect(dueOf(resumed, 'resolution')).toBe('2026-08-17');
      expect(resumed.deadlines.find((d) => d.step === 'resolution')?.input.suspensions).toEqual([{ from: '2026-07-16', until: '2026-07-27' }]);
      expect(resumed.decisions.map((d) => [d.kind, d.decidedOn])).toEqual([
        ['suspension', '2026-07-16'],
        ['resumption', '2026-07-27'],
      ]);
    });

    it('is refused for a complaint accepted before 01/07/2026, even when suspended after it', () => {
      const old = apply(register(registration('khieu-nai-lan-1', vn('2026-06-15'))).case, [{ type: 'accept' }, { type: 'start' }], '2026-06-15');
      expect(() => transition(old, { type: 'suspend', reason: 'Chờ giám định', documentRef: 'QĐ' }, vn('2026-07-10'), officer, ruleSet, calendar)).toThrow(
        expect.objectContaining({ name: 'DeadlineRuleError', code: 'suspension-not-allowed' }) as Error,
      );
    });

    it('refuses a resumption dated before the suspension', () => {
      const suspended = transition(accepted, { type: 'suspend', reason: 'x', documentRef: 'QĐ' }, vn('2026-07-16'), officer, ruleSet, calendar).case;
      expect(() => transition(suspended, { type: 'resume', documentRef: 'QĐ 2', decidedOn: '2026-07-15' }, vn('2026-07-20'), officer, ruleSet, calendar)).toThrow(
        expect.objectContaining({ code: 'invalid-decision-date' }) as Error,
      );
    });
  });

  it('resolution meets the resolution deadline and cancels what is left; close cancels the rest', () => {
    const started = apply(register(registration('to-cao', vn('2025-02-28'))).case, [{ type: 'accept' }, { type: 'start' }], '2025-03-02');
    const { case: resolved, closed } = transition(started, { type: 'resolve', outcome: 'partly-upheld', documentRef: 'KL 1', publicSummary: 'Tố cáo đúng một phần.' }, vn('2025-03-20'), officer, ruleSet, calendar);
    expect(closed).toEqual([
      { step: 'notification', status: 'cancelled' },
      { step: 'resolution', status: 'met' },
    ]);
    expect(resolved.publicDecisions).toEqual([{ decidedOn: '2025-03-20', summary: 'Tố cáo đúng một phần.' }]);
  });
});
