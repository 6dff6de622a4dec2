import type { Actor } from '../access/policy.ts';
import { authorize } from '../access/policy.ts';
import type { CalendarYear } from '../deadlines/calendar.ts';
import { VN_TIME_ZONE } from '../time-zone.ts';
import { fromICalendar, toICalendar } from '../deadlines/ical.ts';
import { proposeCalendarYear } from '../deadlines/lunar.ts';
import { ValidationError } from '../errors.ts';
import type { StoredCalendarYear } from './model.ts';
import { CalendarService } from './service.ts';

/**
 * The calendar administration on top of reading and editing: lunar proposals and iCalendar import and
 * export. Apart, so only the function that serves them bundles the lunar and iCalendar libraries.
 */
export class CalendarAdminService extends CalendarService {
  propose(actor: Actor, year: number): CalendarYear {
    authorize(actor, 'calendar.read', { agencyId: actor.agencyId });
    return proposeCalendarYear(year);
  }

  async exportICalendar(actor: Actor): Promise<{ filename: string; contentType: 'text/calendar'; content: string }> {
    authorize(actor, 'calendar.read', { agencyId: actor.agencyId });
    const years = await this.repository.listYears(actor.agencyId);
    const content = toICalendar({ agencyId: actor.agencyId, timeZone: VN_TIME_ZONE, years: years.map((y) => y.data) }, this.clock.now().toISOString());
    return { filename: `lich-nghi-${actor.agencyId}.ics`, contentType: 'text/calendar', content };
  }

  /** Replaces each year the file contains (or creates it); checked whole before anything is saved. */
  async importICalendar(actor: Actor, ics: string, reason: string): Promise<StoredCalendarYear[]> {
    authorize(actor, 'calendar.manage', { agencyId: actor.agencyId });
    const imported = fromICalendar(ics, actor.agencyId).years;
    if (imported.length === 0) {
      throw new ValidationError('empty-calendar', 'Tệp không có ngày nghỉ nào.', 'The file contains no days off.', [{ path: 'body.ics', message: 'no VEVENT' }]);
    }
    await this.assertConsistent(actor.agencyId, imported);
    const saved: StoredCalendarYear[] = [];
    for (const data of imported) {
      const existing = await this.repository.getYear(actor.agencyId, data.year);
      saved.push(await this.repository.saveYear(actor.agencyId, data, existing ? existing.version : null, this.edit(actor, reason)));
    }
    return saved;
  }
}
