import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RouteDefinition } from '../../shared/http/route.ts';
import { FUNCTIONS, functionNames, LAMBDA_BUNDLING, type FunctionName } from '../../shared/platform/resources.ts';

/*
 * What each Lambda bundles, read from esbuild's metafile with the CDK app's own options: an HTTP function
 * carries only the route module of its own routes (never the index of all routes, which only the OpenAPI
 * document needs), and a capability's code stays out of functions that do not serve it.
 */
const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const routesDir = join(rootDir, 'shared/http/routes');

/** Folders of `shared/` a function must not carry, where a wrong import would be easy to make. */
const FORBIDDEN: Partial<Record<FunctionName, string[]>> = {
  'api-organization': ['cases', 'reporting', 'compiled', 'statistics', 'inbound', 'attachments', 'audit'],
  'api-deadlines': ['cases', 'reporting', 'compiled', 'statistics', 'inbound', 'attachments', 'audit'],
  // The chain keeps inbound mail's verdicts, so it reads their schema (shared/inbound/model.ts), nothing more.
  'api-audit': ['cases', 'compiled', 'statistics', 'attachments', 'reporting/service.ts', 'inbound/service.ts'],
  'api-cases': ['reporting', 'compiled', 'statistics', 'inbound', 'attachments', 'audit', 'documents'],
  // Issuing and listing case documents; their files are built by the `case-documents` function.
  'api-case-documents': ['reporting', 'compiled', 'statistics', 'inbound', 'audit', 'documents/case-document-renderer.ts', 'documents/case-notice-docx.ts', 'documents/nd30-format.ts', 'documents/register-xlsx.ts'],
  // Intake files reports and obstacles; registering a letter as a case is the holding area's (api-inbound).
  'email-ingest': ['cases', 'compiled', 'statistics', 'audit', 'inbound/held-mail.ts'],
  'api-inbound': ['compiled', 'statistics', 'audit', 'inbound/service.ts', 'inbound/decide.ts'],
  // The public form and the public figures: no compiled documents, no e-mail intake.
  'api-public': ['compiled', 'inbound', 'attachments'],
  'api-docs': ['platform', 'storage'],
};

const inputs = new Map<FunctionName, string[]>();
/** Route module file (relative to the root) → the functions its routes name. */
const routeModules = new Map<string, Set<string>>();

beforeAll(async () => {
  for (const file of readdirSync(routesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const module = (await import(pathToFileURL(join(routesDir, file)).href)) as Record<string, unknown>;
    const tables = Object.entries(module).filter(([name]) => name.endsWith('_ROUTES')).map(([, routes]) => routes as Record<string, RouteDefinition>);
    const served = new Set(tables.flatMap((routes) => Object.values(routes).map((route) => route.function)));
    routeModules.set(`shared/http/routes/${file}`, served);
  }
  await Promise.all(
    functionNames.map(async (name) => {
      const result = await build({
        entryPoints: [join(rootDir, FUNCTIONS[name].entry)],
        absWorkingDir: rootDir,
        write: false,
        outfile: join(rootDir, 'cdk.out', 'bundle-probe', name, 'index.mjs'),
        bundle: true,
        platform: 'node',
        format: LAMBDA_BUNDLING.format,
        target: LAMBDA_BUNDLING.target,
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        external: [...LAMBDA_BUNDLING.external],
        metafile: true,
        logLevel: 'error',
      });
      // What the bundle holds: the files with code in the output (a type-only import, or code tree-shaken away, holds none).
      const [output] = Object.values(result.metafile.outputs);
      inputs.set(name, Object.entries(output?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    }),
  );
}, 120_000);

describe('what each Lambda bundles', () => {
  it('finds one route module per HTTP function, each naming one function', () => {
    for (const [file, served] of routeModules) expect([...served], file).toHaveLength(1);
    const owners = [...routeModules.values()].map((served) => [...served][0]);
    expect(owners.sort()).toEqual(functionNames.filter((n) => FUNCTIONS[n].kind === 'http').sort());
  });

  it.each(functionNames)('%s carries only its own routes', (name) => {
    const carried = (inputs.get(name) ?? []).filter((path) => path.startsWith('shared/http/routes/'));
    const own = [...routeModules].filter(([, served]) => served.has(name)).map(([file]) => file);
    const expected = name === 'api-docs' ? [...routeModules.keys(), 'shared/http/routes/index.ts'] : own;
    expect(carried.sort()).toEqual(expected.sort());
  });

  it('builds case documents and registers off the request path: each document library in its documents function, not in those that answer', () => {
    const carries = (name: FunctionName, library: string) => (inputs.get(name) ?? []).some((path) => path.includes(`node_modules/${library}/`));
    expect(carries('case-documents', 'docx')).toBe(true);
    expect(carries('case-documents', 'exceljs')).toBe(false);
    expect(carries('register-exports', 'exceljs')).toBe(true);
    expect(carries('register-exports', 'docx')).toBe(false);
    for (const name of ['api-cases', 'api-case-documents'] as const) for (const library of ['docx', 'exceljs']) expect(carries(name, library), `${name} ${library}`).toBe(false);
  });

  it.each(Object.entries(FORBIDDEN))('%s carries no code of the capabilities it does not serve', (name, folders) => {
    const carried = inputs.get(name as FunctionName) ?? [];
    expect(carried.length).toBeGreaterThan(0);
    const strays = carried.filter((path) => folders.some((folder) => path === `shared/${folder}` || path.startsWith(`shared/${folder}/`)));
    expect(strays).toEqual([]);
  });
});
