import { describe, expect, it } from 'vitest';
import type { CitizenCase } from '../../../shared/cases/model.ts';
import { MINIMUM_PUBLIC_CELL, publicStatistics } from '../../../shared/statistics/dashboard.ts';
import type { ReportingPlan } from '../../../shared/reporting/model.ts';

const plan = { titleVi: 'Kế hoạch công tác dân vận', reference: 'Kế hoạch số 01/KH-SKHCN', templates: [] } as unknown as ReportingPlan;
/** Thursday 20/11/2025 10:00 in Vietnam. */
const NOW = new Date('2025-11-20T03:00:00Z');

/** A case as far as the figures read it: its type, when it came, and when it was decided (resolved by its due date). */
function filed(type: CitizenCase['type'], receivedAt: string, decidedOn?: string): CitizenCase {
  return {
    type,
    receivedAt,
    status: decidedOn ? 'resolved' : 'accepted',
    deadlines: [{ step: 'resolution', due: '2025-12-31' }],
    ...(decidedOn ? { resolution: { decidedOn } } : {}),
  } as unknown as CitizenCase;
}

const petitions = (count: number, receivedAt = '2025-11-03T02:00:00Z', decidedOn?: string) => Array.from({ length: count }, () => filed('kien-nghi-phan-anh', receivedAt, decidedOn));
const row = (stats: ReturnType<typeof publicStatistics>, type: string) => stats.cases.find((r) => r.type === type);

describe('public figures of citizens’ cases', () => {
  it('publishes the figures as they stood at the end of yesterday in Vietnam: a filing or a decision today changes nothing', () => {
    // Prepare
    const before = [...petitions(6), ...petitions(5, '2025-11-04T02:00:00Z', '2025-11-18')];

    // Act
    const stats = publicStatistics(plan, [], before, [], NOW);
    const afterFiling = publicStatistics(plan, [], [...before, ...petitions(1, '2025-11-20T02:30:00Z'), ...petitions(5, '2025-11-05T02:00:00Z', '2025-11-20')], [], NOW);

    // Assess
    expect(stats.asOf).toBe('2025-11-19');
    expect(row(stats, 'kien-nghi-phan-anh')).toMatchObject({ received: 11, resolved: 5, resolvedOnTime: 5 });
    expect(row(afterFiling, 'kien-nghi-phan-anh')).toMatchObject({ received: 16, resolved: 5 });
    expect(row(publicStatistics(plan, [], [...before, ...petitions(1, '2025-11-19T16:59:59Z')], [], NOW), 'kien-nghi-phan-anh')?.received).toBe(12); // 23:59:59 on the 19th
    expect(row(publicStatistics(plan, [], [...before, ...petitions(1, '2025-11-19T17:00:00Z')], [], NOW), 'kien-nghi-phan-anh')?.received).toBe(11); // 00:00 on the 20th
  });

  it(`suppresses a count from 1 to ${MINIMUM_PUBLIC_CELL - 1}, and a total wherever one of its cells is suppressed`, () => {
    // Prepare
    const cases = [...petitions(7), filed('to-cao', '2025-11-03T02:00:00Z'), filed('to-cao', '2025-11-04T02:00:00Z')];

    // Act
    const stats = publicStatistics(plan, [], cases, [], NOW);

    // Assess
    expect(stats.minimumCell).toBe(MINIMUM_PUBLIC_CELL);
    expect(row(stats, 'to-cao')).toMatchObject({ received: null, resolved: 0 });
    expect(row(stats, 'kien-nghi-phan-anh')).toMatchObject({ received: 7, resolved: 0 });
    expect(row(stats, 'khieu-nai-lan-1')).toMatchObject({ received: 0 });
    expect(stats.casesTotal).toEqual({ received: null, resolved: 0, resolvedOnTime: 0 });
    expect(publicStatistics(plan, [], petitions(7), [], NOW).casesTotal.received).toBe(7);
    expect(JSON.stringify(stats.cases)).not.toMatch(/"received":[1-4][,}]/);
  });
});
