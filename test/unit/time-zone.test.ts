import { describe, expect, it } from 'vitest';
import { ddmmyyyy, formatLocalDate, formatLocalDateTime, localDate, localDateBefore, localInstant, localMidnight, localMinutes, localTime } from '../../shared/time-zone.ts';

describe('Vietnam’s time (UTC+07:00, no daylight saving)', () => {
  it('writes instants as dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh, across midnight and the year', () => {
    expect(formatLocalDateTime('2025-11-04T17:30:00Z')).toBe('05/11/2025 00:30');
    expect(formatLocalDateTime('2025-10-30T02:15:00Z')).toBe('30/10/2025 09:15');
    expect(formatLocalDateTime('2025-12-31T17:00:00Z')).toBe('01/01/2026 00:00');
    expect(formatLocalDate(new Date('2026-11-04T18:00:00Z'))).toBe('05/11/2026');
    expect(ddmmyyyy('2026-11-05')).toBe('05/11/2026');
  });

  it('puts an instant on the local calendar date, a minute either side of local midnight', () => {
    expect(localDate('2025-01-24T16:59:00Z')).toBe('2025-01-24');
    expect(localDate('2025-01-24T17:01:00Z')).toBe('2025-01-25');
    expect(localTime('2025-10-20T02:05:00Z')).toBe('09:05');
    expect(localMinutes(new Date('2025-10-20T02:05:00Z'))).toBe(9 * 60 + 5);
  });

  it('gives the last day before a deadline instant, and the instant a local day starts', () => {
    expect(localDateBefore('2025-11-05T00:00:00+07:00')).toBe('2025-11-04');
    expect(localDateBefore('2025-11-05T00:00:01+07:00')).toBe('2025-11-05');
    expect(localMidnight('2025-02-04')).toBe('2025-02-03T17:00:00.000Z');
    expect(Date.parse(localInstant('2026-11-16', '09:00'))).toBe(Date.parse('2026-11-16T02:00:00Z'));
    expect(localInstant('2026-11-16')).toBe('2026-11-16T00:00:00+07:00');
  });
});
