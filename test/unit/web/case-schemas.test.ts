import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ROUTES } from '../../../shared/http/routes/index.ts';
import {
  AccessLogSchema,
  AlertsSchema,
  CaseDetailSchema,
  CasesSchema,
  MisconductDetailSchema,
  MisconductListSchema,
  MisconductOpenedSchema,
  PublicCaseViewSchema,
  PublicSubmissionSchema,
  RegistrationResponseSchema,
} from '../../../web/src/api/case-schemas.ts';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

describe('web schemas of the case, misconduct, public and alert routes', () => {
  it.each([
    ['registerCase', RegistrationResponseSchema, ROUTES.registerCase.response],
    ['listCases', CasesSchema, ROUTES.listCases.response],
    ['getCase', CaseDetailSchema, ROUTES.getCase.response],
    ['commandCase', CaseDetailSchema, ROUTES.commandCase.response],
    ['getCaseAccessLog', AccessLogSchema, ROUTES.getCaseAccessLog.response],
    ['openMisconduct', MisconductOpenedSchema, ROUTES.openMisconduct.response],
    ['listMisconduct', MisconductListSchema, ROUTES.listMisconduct.response],
    ['getMisconduct', MisconductDetailSchema, ROUTES.getMisconduct.response],
    ['commandMisconduct', MisconductDetailSchema, ROUTES.commandMisconduct.response],
    ['submitPublicCase', PublicSubmissionSchema, ROUTES.submitPublicCase.response],
    ['trackPublicCase', PublicCaseViewSchema, ROUTES.trackPublicCase.response],
    ['listAlerts', AlertsSchema, ROUTES.listAlerts.response],
    ['getDeadlineAlerts', AlertsSchema, ROUTES.getDeadlineAlerts.response],
  ] as const)('read exactly what %s answers', (_route, web, route) => {
    expect(json(web)).toEqual(json(route));
  });
});
