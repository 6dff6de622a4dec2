import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../../../shared/cases/lifecycle.ts';
import type { CaseType, CitizenCase } from '../../../shared/cases/model.ts';
import { mayRate, nextStepOf, ratingCounts } from '../../../shared/cases/rating.ts';
import { dashboard, publicStatistics } from '../../../shared/statistics/dashboard.ts';
import type { ReportingPlan } from '../../../shared/reporting/model.ts';
import { apply, calendar, register, registration, vn } from './fixtures.ts';

// Received Monday 16/11/2026; commands one day apart from the 17th.
const RECEIVED = '2026-11-16';
const caseOf = (type: CaseType, commands: CaseCommand[], overrides = {}): CitizenCase => apply(register(registration(type, vn(RECEIVED), overrides)).case, commands, RECEIVED);
const resolve = (outcome: string): CaseCommand => ({ type: 'resolve', outcome, publicSummary: 'Đã giải quyết.' }) as CaseCommand;
const resolved = (type: CaseType, outcome: string, overrides = {}) => caseOf(type, [{ type: 'accept' }, { type: 'start' }, resolve(outcome)], overrides);

describe('what the tracking page tells a citizen they may do next', () => {
  it('gives a first complaint’s decision 30 days for the second round, 45 in a remote area, rolled off a day off', () => {
    // Decided Thursday 19/11/2026: +30 = Saturday 19/12 → Monday 21/12; +45 = Sunday 03/01/2027 → Monday 04/01.
    const decided = resolved('khieu-nai-lan-1', 'partly-upheld');
    expect(decided.resolution?.decidedOn).toBe('2026-11-19');
    expect(nextStepOf(decided, '2026-11-20', calendar)).toMatchObject({ from: '2026-11-19', lastDay: '2026-12-21' });
    expect(nextStepOf(decided, '2026-11-20', calendar)?.vi).toContain('Điều 33');
    const remote = resolved('khieu-nai-lan-1', 'rejected', { variants: ['remote'] });
    expect(nextStepOf(remote, '2026-11-20', calendar)?.lastDay).toBe('2027-01-04');
  });

  it('tells a complainant whose time limit passed without a decision that the second round is open, from the limit’s end', () => {
    const waiting = caseOf('khieu-nai-lan-1', [{ type: 'accept' }, { type: 'start' }]);
    const due = waiting.deadlines.find((d) => d.step === 'resolution')?.due as string;
    expect(nextStepOf(waiting, due, calendar)).toBeNull();
    const late = nextStepOf(waiting, '2027-03-01', calendar);
    expect(late).toMatchObject({ from: due });
    expect(late?.vi).toContain('Đã hết thời hạn giải quyết');
  });

  it('leaves only the court after the second round, and gives no time limit where the law gives none', () => {
    expect(nextStepOf(resolved('khieu-nai-lan-2', 'rejected'), '2026-11-20', calendar)).toMatchObject({ lastDay: null, vi: expect.stringContaining('khởi kiện vụ án hành chính') });
    expect(nextStepOf(resolved('to-cao', 'upheld'), '2026-11-20', calendar)).toMatchObject({ lastDay: null, vi: expect.stringContaining('tố cáo tiếp') });
    expect(nextStepOf(resolved('kien-nghi-phan-anh', 'answered'), '2026-11-20', calendar)?.lastDay).toBeNull();
    // A withdrawn complaint has no decision to disagree with.
    expect(nextStepOf(resolved('khieu-nai-lan-1', 'withdrawn'), '2026-11-20', calendar)).toBeNull();
  });

  it('gives a refused information request 90 days to complain, and names where a transferred letter went', () => {
    const refused = caseOf('yeu-cau-thong-tin', [{ type: 'accept' }, { type: 'refuse', reason: 'not-held', text: 'Không nắm giữ' }]);
    // Refused Wednesday 18/11/2026: +90 = Tuesday 16/02/2027.
    expect(nextStepOf(refused, '2026-11-20', calendar)).toMatchObject({ from: '2026-11-18', vi: expect.stringContaining('90 ngày') });
    expect(nextStepOf(refused, '2026-11-20', calendar)?.lastDay).toBe(calendar.isWorkingDay('2027-02-16') ? '2027-02-16' : calendar.nextWorkingDay('2027-02-16'));
    const moved = caseOf('kien-nghi-phan-anh', [{ type: 'transfer', to: 'Sở Xây dựng', reason: 'Không thuộc thẩm quyền' }]);
    expect(nextStepOf(moved, '2026-11-20', calendar)?.vi).toContain('Sở Xây dựng');
    const guided = caseOf('khieu-nai-lan-1', [{ type: 'transfer', to: 'UBND huyện Sơn Tịnh', reason: 'Không thuộc thẩm quyền' }]);
    expect(nextStepOf(guided, '2026-11-20', calendar)?.vi).toContain('gửi đơn đến UBND huyện Sơn Tịnh');
  });
});

describe('who may rate, and the figures', () => {
  it('may rate once the handling has ended, not while it goes on', () => {
    expect(mayRate(resolved('to-cao', 'upheld'))).toBe(true);
    expect(mayRate(caseOf('kien-nghi-phan-anh', [{ type: 'transfer', to: 'Sở Xây dựng', reason: 'Không thuộc thẩm quyền' }]))).toBe(true);
    expect(mayRate(caseOf('khieu-nai-lan-1', [{ type: 'accept' }, { type: 'start' }]))).toBe(false);
    expect(mayRate(caseOf('khieu-nai-lan-1', []))).toBe(false);
  });

  it('publishes ratings given by the end of yesterday, a level under 5 as "fewer", the total with it', () => {
    const plan = { titleVi: 'Kế hoạch', reference: 'KH 01', templates: [] } as unknown as ReportingPlan;
    const rating = (level: 'hai-long' | 'rat-hai-long', ratedAt: string) => ({ agencyId: 'a', caseId: ratedAt, type: 'to-cao' as const, level, ratedAt, ratedOn: ratedAt.slice(0, 10) });
    const seven = Array.from({ length: 7 }, (_, i) => rating('hai-long', `2026-11-1${i}T02:00:00Z`));
    const now = new Date('2026-11-20T03:00:00Z');
    const open = publicStatistics(plan, [], [], seven, now);
    expect(open.ratings).toEqual({ total: 7, byLevel: { 'rat-hai-long': 0, 'hai-long': 7, 'binh-thuong': 0, 'khong-hai-long': 0, 'rat-khong-hai-long': 0 } });
    const withOne = publicStatistics(plan, [], [], [...seven, rating('rat-hai-long', '2026-11-19T10:00:00Z')], now);
    expect(withOne.ratings).toMatchObject({ total: null, byLevel: { 'rat-hai-long': null, 'hai-long': 7 } });
    // Given today (Vietnam): not yet published.
    expect(publicStatistics(plan, [], [], [...seven, rating('rat-hai-long', '2026-11-19T17:30:00Z')], now).ratings.total).toBe(7);
    // The dashboard counts only the ratings of the cases its reader may see (it is given those cases).
    const seen = resolved('to-cao', 'upheld');
    const board = dashboard(plan, [], [], [seen], [{ ...rating('hai-long', '2026-11-19T02:00:00Z'), caseId: seen.id }, rating('rat-hai-long', '2026-11-19T03:00:00Z')], [], now);
    expect(board.ratings).toMatchObject({ total: 1, byLevel: { 'hai-long': 1, 'rat-hai-long': 0 } });
    expect(ratingCounts([])).toEqual({ 'rat-hai-long': 0, 'hai-long': 0, 'binh-thuong': 0, 'khong-hai-long': 0, 'rat-khong-hai-long': 0 });
  });
});
