import { createHttpHandler } from '../shared/http/handler.ts';
import { DEADLINE_ROUTES } from '../shared/http/routes/deadlines.ts';
import { createCalendarAdmin } from '../shared/platform/calendar-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';

const core = createCore(loadConfig());
const { deadlines } = core;
const calendars = createCalendarAdmin(core);

export const handler = createHttpHandler('api-deadlines', DEADLINE_ROUTES, {
  listDeadlineRules: async ({ actor }) => ({ items: [...deadlines.listRules(actor)] }),
  previewDeadline: ({ actor, query }) =>
    deadlines.preview(actor, {
      ruleId: query.ruleId,
      trigger: query.trigger,
      variants: (query.variants ?? '').split(',').map((v) => v.trim()).filter(Boolean),
      extensions: query.extensions ?? 0,
    }),
  listDeadlines: async ({ actor, query }) => ({ items: await deadlines.list(actor, query.status) }),
  getDeadline: ({ actor, params }) => deadlines.get(actor, params.deadlineId),
  listAlerts: async ({ actor, query }) => ({ items: await deadlines.alerts(actor, query.subjectRef) }),
  getDeadlineAlerts: async ({ actor, params }) => ({ items: await deadlines.alerts(actor, params.deadlineId) }),
  getCalendar: async ({ actor }) => ({ years: await calendars.list(actor) }),
  putCalendarYear: ({ actor, params, body }) => calendars.save(actor, params.year, body.version, body.data, body.reason),
  getCalendarHistory: async ({ actor, params }) => ({ items: await calendars.history(actor, params.year) }),
  proposeCalendarYear: async ({ actor, params }) => calendars.propose(actor, params.year),
  exportCalendar: ({ actor }) => calendars.exportICalendar(actor),
  importCalendar: async ({ actor, body }) => ({ years: await calendars.importICalendar(actor, body.ics, body.reason) }),
}, { signedIn: core.signedIn });
