import { createHttpHandler } from '../shared/http/handler.ts';
import { REORGANISATION_ROUTES } from '../shared/http/routes/reorganisation.ts';
import { loadConfig } from '../shared/platform/config.ts';
import { createCore } from '../shared/platform/core.ts';
import { createReorganisation } from '../shared/platform/reorganisation-services.ts';

const core = createCore(loadConfig());
const reorganisation = createReorganisation(core);

export const handler = createHttpHandler(
  'api-reorganisation',
  REORGANISATION_ROUTES,
  { reorganiseUnits: ({ actor, body }) => reorganisation.reorganise(actor, body.reorganisation, body.reason) },
  { signedIn: core.signedIn },
);
