/**
 * The local emulators behind one import, for `npm start` and the integration tests.
 *
 * `startAllEmulators` starts them in parallel (DynamoDB Local's JVM dominates, ~1.2 s; the other two
 * take milliseconds) and never leaves a half-started set behind: if one fails, the others are
 * stopped before the error is rethrown.
 */
import { startDynamoDbLocal, type DynamoDbLocalHandle, type DynamoDbLocalOptions } from './dynamodb-local.ts';
import { startS3Local, type S3LocalHandle, type S3LocalOptions } from './s3-local.ts';
import { startSesLocal, type SesLocalHandle, type SesLocalOptions } from './ses-local.ts';

export * from './errors.ts';
export * from './ports.ts';
export * from './local-aws.ts';
export * from './dynamodb-local.ts';
export * from './ses-local.ts';
export * from './s3-local.ts';

export interface AllEmulatorsOptions {
  dynamodb?: DynamoDbLocalOptions;
  ses?: SesLocalOptions;
  s3: S3LocalOptions;
}

export interface AllEmulators {
  readonly dynamodb: DynamoDbLocalHandle;
  readonly ses: SesLocalHandle;
  readonly s3: S3LocalHandle;
  /** Stops all three, even if one of them fails to stop; then reports the failures. */
  stop(): Promise<void>;
}

export async function startAllEmulators(options: AllEmulatorsOptions): Promise<AllEmulators> {
  const [dynamodb, ses, s3] = await Promise.allSettled([
    startDynamoDbLocal(options.dynamodb),
    startSesLocal(options.ses),
    startS3Local(options.s3),
  ]);
  if (dynamodb.status === 'fulfilled' && ses.status === 'fulfilled' && s3.status === 'fulfilled') {
    const handles = { dynamodb: dynamodb.value, ses: ses.value, s3: s3.value };
    let stopping: Promise<void> | undefined;
    return { ...handles, stop: () => (stopping ??= stopAll(Object.values(handles))) };
  }

  const started = [dynamodb, ses, s3].flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failures = [dynamodb, ses, s3].flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  await stopAll(started).catch(() => undefined);
  if (failures.length === 1) throw failures[0];
  throw new AggregateError(failures, failures.map((failure) => String(failure)).join('\n'));
}

async function stopAll(handles: readonly { stop(): Promise<void> }[]): Promise<void> {
  const results = await Promise.allSettled(handles.map((handle) => handle.stop()));
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (failures.length > 0) throw new AggregateError(failures, 'some emulators failed to stop');
}
