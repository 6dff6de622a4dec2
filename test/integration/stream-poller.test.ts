import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../infra/local/provision.ts';
import { fileCheckpointStore, StreamCheckpointSchema, type StreamCheckpointStore } from '../../infra/local/stream-checkpoints.ts';
import { startStreamPoller } from '../../infra/local/stream-poller.ts';
import { startTestTable, type TestTable } from '../support/table.ts';

describe('the local stream poller across restarts', () => {
  let table: TestTable;
  let streamArn: string;
  let dir: string;

  beforeAll(async () => {
    table = await startTestTable('stream-poller-table');
    const raw = new DynamoDBClient(table.emulator.clientConfig);
    ({ streamArn } = await ensureTable(raw, table.tableName));
    raw.destroy();
    dir = await mkdtemp(path.join(os.tmpdir(), 'dvm-poller-'));
  });
  afterAll(async () => {
    await table?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const write = (id: string) => table.db.send(new PutCommand({ TableName: table.tableName, Item: { pk: `TEST#${id}`, sk: 'OBSTACLE', entity: 'obstacle', id } }));

  /** A poller that records the ids it delivers to stream-router, run until `act` is done and the stream drained, then stopped. */
  async function run(checkpoints: StreamCheckpointStore, act: () => Promise<unknown> = async () => undefined): Promise<string[]> {
    const delivered: string[] = [];
    const invoke = async (_: string, event: DynamoDBStreamEvent) => delivered.push(...event.Records.map((r) => r.dynamodb?.NewImage?.id?.S ?? '?'));
    const poller = await startStreamPoller({ endpoint: table.emulator.endpoint, region: table.emulator.clientConfig.region, streamArn, checkpoints, invoke, targets: ['stream-router'], intervalMs: 60_000 });
    try {
      await act();
      await poller.drain();
    } finally {
      await poller.stop();
    }
    return delivered;
  }

  it('delivers what was written while it was down exactly once, and nothing it had delivered before', async () => {
    const file = path.join(dir, 'resume', 'stream-checkpoints.json');
    const first = await run(fileCheckpointStore(file), () => write('before-crash'));
    await write('while-down');

    const second = await run(fileCheckpointStore(file));
    const third = await run(fileCheckpointStore(file));

    expect(first.filter((id) => id === 'before-crash')).toEqual(['before-crash']);
    expect(second).toEqual(['while-down']);
    expect(third).toEqual([]);
    const stored = StreamCheckpointSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(stored.streamArn).toBe(streamArn);
    expect(Object.values(stored.shards)).toHaveLength(1);
  });

  it('reads a stream it has no checkpoint for from its oldest record, as a new event source mapping with TRIM_HORIZON does', async () => {
    await write('old-news');

    const delivered = await run(fileCheckpointStore(path.join(dir, 'fresh', 'stream-checkpoints.json')));

    expect(delivered).toContain('old-news');
    expect(new Set(delivered).size).toBe(delivered.length);
  });
});
