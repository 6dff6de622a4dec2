import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { FUNCTIONS, type FunctionName } from '../../shared/platform/resources.ts';
import { localLambdaContext } from './lambda-context.ts';

type Handler = (event: unknown, context: Context) => Promise<unknown>;

const projectRoot = path.resolve(import.meta.dirname, '../..');
const loaded = new Map<FunctionName, Promise<Handler>>();

/**
 * Runs a function's real handler in this process, as Lambda would: same module, same event shape.
 * Modules are loaded on first use, after the local runtime has set the environment they read at
 * cold start; hence one local platform per process.
 */
export async function invokeFunction(name: FunctionName, event: unknown): Promise<unknown> {
  let handler = loaded.get(name);
  if (!handler) {
    const entry = pathToFileURL(path.join(projectRoot, FUNCTIONS[name].entry)).href;
    handler = import(entry).then((module: { handler: Handler }) => module.handler);
    loaded.set(name, handler);
  }
  return (await handler)(event, localLambdaContext(name, FUNCTIONS[name].timeoutSeconds));
}
