import type { RouteDefinition } from '../route.ts';
import { AUDIT_ROUTES } from './audit.ts';
import { CASE_DOCUMENT_ROUTES } from './case-documents.ts';
import { CASE_ROUTES } from './cases.ts';
import { COMPILED_ROUTES } from './compiled.ts';
import { DEADLINE_ROUTES } from './deadlines.ts';
import { DOCS_ROUTES } from './docs.ts';
import { INBOUND_ROUTES } from './inbound.ts';
import { ORGANIZATION_ROUTES } from './organization.ts';
import { PUBLIC_ROUTES } from './public.ts';
import { REORGANISATION_ROUTES } from './reorganisation.ts';
import { REPORTING_ROUTES } from './reporting.ts';

/**
 * Every HTTP route of the platform, for what needs them all: the OpenAPI document, the CDK app and the
 * local gateway. The key is the OpenAPI operationId. A Lambda handler imports only its own module
 * (`createHttpHandler('api-cases', CASE_ROUTES, …)`), so it bundles only its routes and their models.
 */
export const ROUTES = {
  ...DOCS_ROUTES,
  ...ORGANIZATION_ROUTES,
  ...REORGANISATION_ROUTES,
  ...AUDIT_ROUTES,
  ...DEADLINE_ROUTES,
  ...REPORTING_ROUTES,
  ...INBOUND_ROUTES,
  ...CASE_ROUTES,
  ...CASE_DOCUMENT_ROUTES,
  ...PUBLIC_ROUTES,
  ...COMPILED_ROUTES,
} as const satisfies Record<string, RouteDefinition>;

export type RouteId = keyof typeof ROUTES;

export const routeEntries = Object.entries(ROUTES) as [RouteId, RouteDefinition][];
