import { ulid } from 'ulid';
import { authorize, type Actor } from '../access/policy.ts';
import type { Clock } from '../clock.ts';
import { CalendarDataSchema, WorkingCalendar, type CalendarYear } from '../deadlines/calendar.ts';
import { VN_TIME_ZONE } from '../time-zone.ts';
import { vnCalendarData } from '../deadlines/data/holidays-vn.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import type { CalendarEdit, StoredCalendarYear } from './model.ts';
import type { CalendarRepository } from './repository.ts';

/** Use cases of the working calendar: read it, and edit a year (admin). */
export class CalendarService {
  constructor(
    protected readonly repository: CalendarRepository,
    protected readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<StoredCalendarYear[]> {
    authorize(actor, 'calendar.read', { agencyId: actor.agencyId });
    return this.repository.listYears(actor.agencyId);
  }

  /** The agency's working calendar; an agency that has stored none yet works on the national defaults. */
  async workingCalendar(agencyId: string): Promise<WorkingCalendar> {
    const years = await this.repository.listYears(agencyId);
    if (years.length === 0) return new WorkingCalendar(vnCalendarData(agencyId));
    return new WorkingCalendar({ agencyId, timeZone: VN_TIME_ZONE, years: years.map((y) => y.data) });
  }

  async save(actor: Actor, year: number, expectedVersion: number | null, data: CalendarYear, reason: string): Promise<StoredCalendarYear> {
    authorize(actor, 'calendar.manage', { agencyId: actor.agencyId });
    if (data.year !== year) {
      throw new ValidationError(
        'year-mismatch',
        `Dữ liệu là của năm ${data.year}, không phải năm ${year}.`,
        `The data is for ${data.year}, not ${year}.`,
        [{ path: 'body.data.year', message: `${data.year} ≠ ${year}` }],
      );
    }
    await this.assertConsistent(actor.agencyId, [data]);
    return this.repository.saveYear(actor.agencyId, data, expectedVersion, this.edit(actor, reason));
  }

  async history(actor: Actor, year: number): Promise<CalendarEdit[]> {
    authorize(actor, 'calendar.read', { agencyId: actor.agencyId });
    return this.repository.history(actor.agencyId, year);
  }

  /** Stores the national defaults for the years an agency has not got yet (seeding a new agency). */
  async seedDefaults(agencyId: string): Promise<number> {
    let created = 0;
    for (const data of CalendarDataSchema.parse(vnCalendarData(agencyId)).years) {
      try {
        await this.repository.saveYear(agencyId, data, null, { editId: ulid(), at: this.clock.now().toISOString(), by: 'system', reason: 'Dữ liệu mặc định / national defaults' });
        created += 1;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return created;
  }

  /** Builds the calendar as it would be after the change, so contradictory data is refused before it is stored. */
  protected async assertConsistent(agencyId: string, changed: CalendarYear[]): Promise<void> {
    const replaced = new Set(changed.map((y) => y.year));
    const others = (await this.repository.listYears(agencyId)).map((y) => y.data).filter((y) => !replaced.has(y.year));
    new WorkingCalendar({ agencyId, timeZone: VN_TIME_ZONE, years: [...others, ...changed] });
  }

  protected edit(actor: Actor, reason: string) {
    return { editId: ulid(), at: this.clock.now().toISOString(), by: actor.userId, reason };
  }
}
