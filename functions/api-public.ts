import { createHttpHandler } from '../shared/http/handler.ts';
import { PUBLIC_ROUTES } from '../shared/http/routes/public.ts';
import { createCaseServices } from '../shared/platform/case-services.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { statistics } from '../shared/platform/statistics-services.ts';
import { createCore } from '../shared/platform/core.ts';

const core = createCore(loadConfig());
const { cases, publicCases } = createCaseServices(core);
const figures = statistics(core);

export const handler = createHttpHandler('api-public', PUBLIC_ROUTES, {
  submitPublicCase: ({ body, client }) => cases.registerPublic(core.config.DEFAULT_AGENCY_ID, body, client),
  trackPublicCase: ({ params }) => publicCases.status(params.trackingCode),
  ratePublicCase: ({ params, body }) => publicCases.rate(params.trackingCode, body),
  getPublicStatistics: () => figures.publicStatistics(core.config.DEFAULT_AGENCY_ID),
}, { originSecret: core.config.ORIGIN_VERIFY_SECRET });
