import type { CalendarYear } from '../deadlines/calendar.ts';
import type { CalendarEdit, StoredCalendarYear } from './model.ts';

/** An agency's working calendar, one record per year, each edit kept. */
export interface CalendarRepository {
  listYears(agencyId: string): Promise<StoredCalendarYear[]>;
  getYear(agencyId: string, year: number): Promise<StoredCalendarYear | undefined>;
  /**
   * Saves a year and records the edit, atomically. `expectedVersion` null creates the year (a
   * ConflictError if it exists); a number must match the stored version (VersionConflictError).
   */
  saveYear(agencyId: string, data: CalendarYear, expectedVersion: number | null, edit: { editId: string; at: string; by: string; reason: string }): Promise<StoredCalendarYear>;
  history(agencyId: string, year: number): Promise<CalendarEdit[]>;
}
