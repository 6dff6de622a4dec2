import { runtimeClock, type Clock } from '../clock.ts';
import { createCaseServices } from './case-services.ts';
import { createCompiledServices } from './compiled-services.ts';
import type { Config } from './config.ts';
import { createCore } from './core.ts';
import { createReorganisation } from './reorganisation-services.ts';
import { heldMail, inboundMail } from './inbound-services.ts';
import { monitoring } from './monitoring-services.ts';
import { createReportingServices } from './reporting-services.ts';
import { statistics } from './statistics-services.ts';

/**
 * Everything at once, for the local runtime, the seed and the tests. Lambda handlers do not use this:
 * each composes only the capabilities it serves, to keep its bundle small.
 */
export function createServices(config: Config, clock: Clock = runtimeClock) {
  const core = createCore(config, clock);
  const reporting = createReportingServices(core);
  const cases = createCaseServices(core);
  const compiled = createCompiledServices(core, reporting.reportingRepository, cases.caseRepository, reporting.attachments);
  return {
    ...core,
    administration: createReorganisation(core),
    ...reporting,
    ...cases,
    ...compiled,
    ...monitoring(core),
    statistics: statistics(core),
    inboundMail: () => inboundMail(core, reporting),
    heldMail: () => heldMail(core, reporting, cases.cases),
  };
}

export type Services = ReturnType<typeof createServices>;
