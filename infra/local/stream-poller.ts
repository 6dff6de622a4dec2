import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { FUNCTIONS, functionsOfKind, STREAM_KINDS, STREAM_SOURCE, type FunctionDefinition, type FunctionName } from '../../shared/platform/resources.ts';
import { invokeFunction } from './functions.ts';
import type { StreamCheckpointStore } from './stream-checkpoints.ts';

export const streamFunctions = functionsOfKind(...STREAM_KINDS);

/** Like the event source mapping: a failing batch is retried `retryAttempts` times, then reported and passed. */
const MAX_ATTEMPTS = STREAM_SOURCE.retryAttempts + 1;

export interface StreamPollerOptions {
  endpoint: string;
  region: string;
  streamArn: string;
  /** Where each shard was left: a file in the data directory for `npm start`, memory for in-memory platforms. */
  checkpoints: StreamCheckpointStore;
  intervalMs?: number;
  targets?: FunctionName[];
  /** Runs a function on an event; the real handler by default (tests record the deliveries). */
  invoke?: (name: FunctionName, event: DynamoDBStreamEvent) => Promise<unknown>;
  log?: (line: string) => void;
}

export interface StreamPoller {
  stop(): Promise<void>;
  /** Waits for the poll in flight, then polls until the stream has nothing more: what was written before the call is delivered. */
  drain(): Promise<void>;
}

interface ShardState {
  parentId?: string;
  iterator?: string;
  /** A closed shard read to its end. */
  finished: boolean;
}

const errorName = (error: unknown) => (error as Error | undefined)?.name ?? '';

/**
 * Reads DynamoDB Local's stream and invokes the stream functions with the same event shape, and the same
 * at-least-once guarantee, as Lambda's event source mapping: a shard resumes after the last sequence number whose
 * batch was handled (checkpointed after each batch), a shard without a checkpoint starts where a new mapping
 * starts (`STREAM_SOURCE.startingPosition`), and a child shard is read once its parent is finished.
 */
export async function startStreamPoller(options: StreamPollerOptions): Promise<StreamPoller> {
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { streamArn } = options;
  const targets = options.targets ?? streamFunctions;
  const invoke = options.invoke ?? invokeFunction;
  const log = options.log ?? (() => undefined);
  const shards = new Map<string, ShardState>();
  const checkpoints = await options.checkpoints.load(streamArn);
  let stopped = false;

  async function discover(): Promise<void> {
    const present = new Set<string>();
    let after: string | undefined;
    do {
      const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: after }));
      for (const shard of StreamDescription?.Shards ?? []) {
        if (!shard.ShardId) continue;
        present.add(shard.ShardId);
        if (!shards.has(shard.ShardId)) shards.set(shard.ShardId, { parentId: shard.ParentShardId, finished: false });
      }
      after = StreamDescription?.LastEvaluatedShardId;
    } while (after);
    // Shards trimmed from the stream (older than its retention) need no checkpoint any more.
    for (const shardId of Object.keys(checkpoints)) if (!present.has(shardId)) delete checkpoints[shardId];
  }

  async function iteratorFor(shardId: string): Promise<string | undefined> {
    const after = checkpoints[shardId];
    const open = async (type: ShardIteratorType, sequenceNumber?: string) =>
      (await client.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type, SequenceNumber: sequenceNumber }))).ShardIterator;
    if (!after) return open(STREAM_SOURCE.startingPosition);
    try {
      return await open('AFTER_SEQUENCE_NUMBER', after);
    } catch (error) {
      if (errorName(error) !== 'TrimmedDataAccessException') throw error;
      log(`[streams] ${shardId}: records after the checkpoint were trimmed; reading from the oldest kept`);
      return open('TRIM_HORIZON');
    }
  }

  async function records(shardId: string, shard: ShardState): Promise<StreamRecord[]> {
    shard.iterator ??= await iteratorFor(shardId);
    try {
      const page = await client.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 100 }));
      shard.iterator = page.NextShardIterator;
      if (!shard.iterator) shard.finished = true;
      return page.Records ?? [];
    } catch (error) {
      // An iterator lives 15 minutes; a fresh one resumes from the checkpoint on the next poll.
      if (errorName(error) !== 'ExpiredIteratorException' && errorName(error) !== 'TrimmedDataAccessException') throw error;
      shard.iterator = undefined;
      return [];
    }
  }

  /** One read of every readable shard; returns how many records it delivered. */
  async function pollOnce(): Promise<number> {
    await discover();
    let delivered = 0;
    for (const [shardId, shard] of shards) {
      const parent = shard.parentId ? shards.get(shard.parentId) : undefined;
      if (shard.finished || (parent && !parent.finished)) continue;
      const read = await records(shardId, shard);
      for (let i = 0; i < read.length; i += STREAM_SOURCE.batchSize) {
        const batch = read.slice(i, i + STREAM_SOURCE.batchSize);
        await deliver(toLambdaEvent(batch, streamArn, options.region));
        const last = batch.at(-1)?.dynamodb?.SequenceNumber;
        if (last) checkpoints[shardId] = last;
        await options.checkpoints.save({ streamArn, shards: checkpoints });
      }
      delivered += read.length;
    }
    return delivered;
  }

  async function deliver(all: DynamoDBStreamEvent): Promise<void> {
    for (const target of targets) {
      // The event filter of the event source mapping: only the entities the function asked for.
      const entities = (FUNCTIONS[target] as FunctionDefinition).streamEntities;
      const event = entities ? { Records: all.Records.filter((r) => entities.includes(r.dynamodb?.NewImage?.entity?.S ?? '')) } : all;
      if (event.Records.length === 0) continue;
      for (let attempt = 1; ; attempt += 1) {
        try {
          await invoke(target, event);
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

  // One poll at a time, whether the loop or a drain asks: two reads of one iterator would deliver a batch twice.
  let queue: Promise<number> = Promise.resolve(0);
  const poll = () =>
    (queue = queue.then(pollOnce).catch((error: unknown) => {
      log(`[streams] poll failed: ${(error as Error).message}`);
      return 0;
    }));

  await discover();
  let wake = () => undefined as void;
  const loop = async () => {
    while (!stopped) {
      await poll();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.intervalMs ?? 250);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  const looping = loop();
  return {
    stop: async () => {
      stopped = true;
      wake();
      await looping;
      client.destroy();
    },
    drain: async () => {
      while ((await poll()) > 0);
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
