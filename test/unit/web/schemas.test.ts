import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ROUTES } from '../../../shared/http/routes/index.ts';
import { previewDeadline } from '../../../shared/deadlines/preview.ts';
import {
  CalendarExportSchema,
  CalendarHistorySchema,
  CalendarImportSchema,
  CalendarProposalSchema,
  CalendarSchema,
  DeadlineDetailSchema,
  DeadlineResultSchema,
  RulesSchema,
  StoredCalendarYearSchema,
  TrackedDeadlinesSchema,
} from '../../../web/src/api/deadline-schemas.ts';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

describe('web schemas of the deadline and calendar routes', () => {
  it.each([
    ['listDeadlineRules', RulesSchema, ROUTES.listDeadlineRules.response],
    ['previewDeadline', DeadlineResultSchema, ROUTES.previewDeadline.response],
    ['listDeadlines', TrackedDeadlinesSchema, ROUTES.listDeadlines.response],
    ['getDeadline', DeadlineDetailSchema, ROUTES.getDeadline.response],
    ['getCalendar', CalendarSchema, ROUTES.getCalendar.response],
    ['putCalendarYear', StoredCalendarYearSchema, ROUTES.putCalendarYear.response],
    ['getCalendarHistory', CalendarHistorySchema, ROUTES.getCalendarHistory.response],
    ['proposeCalendarYear', CalendarProposalSchema, ROUTES.proposeCalendarYear.response],
    ['exportCalendar', CalendarExportSchema, ROUTES.exportCalendar.response],
    ['importCalendar', CalendarImportSchema, ROUTES.importCalendar.response],
  ] as const)('read exactly what %s answers', (_route, web, route) => {
    expect(json(web)).toEqual(json(route));
  });

  it('accept a computed deadline with its structured trace, keeping the structured fields', () => {
    const result = JSON.parse(JSON.stringify(previewDeadline({ ruleId: 'to-cao/thu-ly', trigger: '2024-02-07' }))) as unknown;
    const parsed = DeadlineResultSchema.parse(result);
    expect(parsed.due).toBe('2024-02-23');
    expect(parsed.trace.find((step) => step.kind === 'skip')).toHaveProperty('reason.dayOff.nameVi', 'Tết Nguyên đán');
  });
});
