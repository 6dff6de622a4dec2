import { DirectoryAdministration } from '../organization/administration.ts';
import { createIdentityProvider } from '../organization/cognito-identity.ts';
import type { UnitSuccession } from '../organization/reorganisation.ts';
import type { Core } from './core.ts';

/**
 * Administration of the directory and the sign-in accounts (Cognito in AWS). Without successions it
 * cannot reorganise units that have open work: that is `createReorganisation`, in a function of its own
 * (`reorganisation-services.ts`), so the directory's function carries no report or case code.
 */
export function createDirectoryAdministration(core: Core, successions: readonly UnitSuccession[] = []): DirectoryAdministration {
  return new DirectoryAdministration(core.organizationRepository, createIdentityProvider(core.config), core.clock, successions);
}
