import { CalendarAdminService } from '../calendar/admin.ts';
import type { Core } from './core.ts';

/** Editing the agency's calendar of days off (the administrator's), over the core's calendar store. */
export function createCalendarAdmin(core: Core) {
  return new CalendarAdminService(core.calendarRepository, core.clock);
}
