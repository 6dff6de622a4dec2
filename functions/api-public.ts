import { createHttpHandler } from '../shared/http/handler.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createServices } from '../shared/platform/container.ts';

const { cases, compiledReports, config } = createServices(loadConfig());

export const handler = createHttpHandler('api-public', {
  submitPublicCase: ({ body, sourceIp }) => cases.registerPublic(config.DEFAULT_AGENCY_ID, body, sourceIp),
  trackPublicCase: ({ params }) => cases.publicStatus(params.trackingCode),
  getPublicStatistics: () => compiledReports.publicStatistics(config.DEFAULT_AGENCY_ID),
});
