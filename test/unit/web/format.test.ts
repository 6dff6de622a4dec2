import { describe, expect, it } from 'vitest';
import { calendarDateOf, formatDate, formatDateTime, weekdayOf } from '../../../web/src/format.ts';

describe('formatDate', () => {
  it('shows an instant as dd/mm/yyyy in Vietnam, where it may already be the next day', () => {
    expect(formatDate('2026-11-04T18:00:00Z')).toBe('05/11/2026');
    expect(formatDate(new Date('2026-11-04T16:59:59Z'))).toBe('04/11/2026');
  });

  it('shows a calendar date as it is, without shifting it through a time zone', () => {
    expect(formatDate('2025-10-25')).toBe('25/10/2025');
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });

  it('refuses something that is not a date', () => {
    expect(() => formatDate('hôm qua')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('shows dd/mm/yyyy HH:mm on a 24-hour clock in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(formatDateTime('2026-11-04T18:30:00Z')).toBe('05/11/2026 01:30');
    expect(formatDateTime('2026-11-05T09:05:00+07:00')).toBe('05/11/2026 09:05');
    expect(formatDateTime(new Date('2026-12-31T17:00:00Z'))).toBe('01/01/2027 00:00');
  });

  it('shows midnight as 00:00, not 24:00', () => {
    expect(formatDateTime('2026-02-16T17:00:00Z')).toBe('17/02/2026 00:00');
  });
});

describe('calendarDateOf', () => {
  it('gives the day an instant falls on in Vietnam', () => {
    expect(calendarDateOf('2024-02-23T17:00:00Z')).toBe('2024-02-24');
    expect(calendarDateOf(new Date('2024-02-23T16:59:59Z'))).toBe('2024-02-23');
  });
});

describe('weekdayOf', () => {
  it('reads the weekday of a calendar date, 0 = Sunday, whatever the time zone', () => {
    expect(weekdayOf('2024-02-23')).toBe(5);
    expect(weekdayOf('2026-01-10')).toBe(6);
    expect(weekdayOf('2026-02-22')).toBe(0);
    expect(() => weekdayOf('23/02/2024')).toThrow(RangeError);
  });
});
