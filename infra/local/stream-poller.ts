import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { FUNCTIONS, functionsOfKind, STREAM_SOURCE, type FunctionDefinition, type FunctionName } from '../../shared/platform/resources.ts';
import { invokeFunction } from './functions.ts';

export const streamFunctions = functionsOfKind('stream');

/** Like the event source mapping: a failing batch is retried `retryAttempts` times, then reported and passed. */
const MAX_ATTEMPTS = STREAM_SOURCE.retryAttempts + 1;

export interface StreamPollerOptions {
  endpoint: string;
  region: string;
  streamArn: string;
  intervalMs?: number;
  targets?: FunctionName[];
  log?: (line: string) => void;
}

/**
 * Reads DynamoDB Local's stream and invokes the stream functions with the same event shape Lambda's
 * event source mapping delivers. Shards present at start are read from LATEST (what was written
 * before belongs to an earlier run); shards that appear later are read from their start.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<{ stop(): Promise<void>; drain(): Promise<void> }> {
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const targets = options.targets ?? streamFunctions;
  const log = options.log ?? (() => undefined);
  const iterators = new Map<string, string | undefined>();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function discover(initial: boolean): Promise<void> {
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: options.streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const { ShardIterator } = await client.send(
        new GetShardIteratorCommand({
          StreamArn: options.streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: initial ? 'LATEST' : 'TRIM_HORIZON',
        }),
      );
      iterators.set(shard.ShardId, ShardIterator);
    }
  }

  async function pollOnce(): Promise<void> {
    await discover(false);
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
      iterators.set(shardId, page.NextShardIterator);
      const records = page.Records ?? [];
      for (let i = 0; i < records.length; i += STREAM_SOURCE.batchSize) {
        await deliver(toLambdaEvent(records.slice(i, i + STREAM_SOURCE.batchSize), options.streamArn, options.region));
      }
    }
  }

  async function deliver(all: DynamoDBStreamEvent): Promise<void> {
    for (const target of targets) {
      // The event filter of the event source mapping: only the entities the function asked for.
      const entities = (FUNCTIONS[target] as FunctionDefinition).streamEntities;
      const event = entities ? { Records: all.Records.filter((r) => entities.includes(r.dynamodb?.NewImage?.entity?.S ?? '')) } : all;
      if (event.Records.length === 0) continue;
      for (let attempt = 1; ; attempt += 1) {
        try {
          await invokeFunction(target, event);
          break;
        } catch (error) {
          if (attempt >= MAX_ATTEMPTS) {
            log(`[streams] ${target} failed ${attempt} times on ${event.Records.length} record(s); passed on: ${(error as Error).message}`);
            break;
          }
        }
      }
    }
  }

  await discover(true);
  const loop = async () => {
    while (!stopped) {
      running = pollOnce().catch((error: unknown) => log(`[streams] poll failed: ${(error as Error).message}`));
      await running;
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
    }
  };
  const looping = loop();
  return {
    stop: async () => {
      stopped = true;
      await looping;
      client.destroy();
    },
    /** Waits for the poll in flight, then polls once more: what was written before the call is delivered. */
    drain: async () => {
      await running;
      await pollOnce();
    },
  };
}

function toLambdaEvent(records: StreamRecord[], streamArn: string, region: string): DynamoDBStreamEvent {
  return {
    Records: records.map((record) => ({
      eventID: record.eventID,
      eventName: record.eventName,
      eventVersion: record.eventVersion ?? '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: region,
      eventSourceARN: streamArn,
      dynamodb: {
        ...(record.dynamodb as object),
        ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
          ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
          : undefined,
      },
    })) as DynamoDBStreamEvent['Records'],
  };
}
