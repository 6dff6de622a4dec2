import { ConditionalCheckFailedException, DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import type { Config } from '../platform/config.ts';
import { TABLE } from '../platform/resources.ts';

export type Item = Record<string, unknown>;
export interface Key {
  pk: string;
  sk: string;
}

/** One document client per cold start; the endpoint override points at DynamoDB Local. */
export function createDocumentClient(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT
      ? { endpoint: config.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  if (config.DYNAMODB_ENDPOINT) resendEmulatorParserRaces(client);
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** DynamoDB Local's own words when its expression parser races: a Java index error, not a fault of the request. */
const PARSER_RACE = /Index -?\d+ out of bounds for length \d+/;

/**
 * DynamoDB Local's expression parser is not safe under concurrent requests: now and then it refuses a
 * valid expression ("Invalid KeyConditionExpression: Index 20 out of bounds for length 0") before doing
 * anything with it. Against the emulator only, such a refusal is sent again, up to three times; AWS never
 * answers so, and any other validation error is the caller's.
 */
export function resendEmulatorParserRaces(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await next(args);
        } catch (error) {
          const race = error instanceof Error && error.name === 'ValidationException' && PARSER_RACE.test(error.message);
          if (!race || attempt >= 3) throw error;
        }
      }
    },
    { step: 'finalizeRequest', name: 'resendEmulatorParserRaces' },
  );
}

/**
 * Writes a new record, refusing to overwrite: returns false when the key exists already. Used for
 * idempotent creation (seeding, idempotency keys), where "already there" is an answer, not a failure.
 */
export async function putIfAbsent(db: DynamoDBDocumentClient, tableName: string, item: Item & Key): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...item, [TABLE.versionAttribute]: item[TABLE.versionAttribute] ?? 0 },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Optimistic locking: sets `changes` only if the stored version is still `expectedVersion`, and bumps
 * the version. A stale version is a {@link VersionConflictError}; a missing record too, since nobody
 * can hold a version of it.
 */
export async function updateVersioned(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: Key,
  expectedVersion: number,
  changes: Item,
  what: string,
): Promise<Item> {
  const set: string[] = ['#version = :next'];
  const remove: string[] = [];
  const names: Record<string, string> = { '#version': TABLE.versionAttribute };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':next': expectedVersion + 1 };
  Object.entries(changes).forEach(([name, value], i) => {
    names[`#f${i}`] = name;
    if (value === null || value === undefined) {
      remove.push(`#f${i}`);
    } else {
      set.push(`#f${i} = :v${i}`);
      values[`:v${i}`] = value;
    }
  });
  try {
    const result = await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return result.Attributes ?? {};
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new VersionConflictError(what, { cause: error });
    throw error;
  }
}

/** Drops the storage-only attributes (keys, index keys) before a record is parsed into a domain type. */
export function withoutKeys(item: Item): Item {
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, duePk: _d1, dueSk: _d2, entity: _e, ...rest } = item;
  return rest;
}

/** Every page of a query (the table or an index), in order. */
export async function queryAll(
  db: DynamoDBDocumentClient,
  tableName: string,
  input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName' | 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The records of one partition whose sort key starts with `prefix`. */
export const queryPrefix = (db: DynamoDBDocumentClient, tableName: string, pk: string, prefix: string): Promise<Item[]> =>
  queryAll(db, tableName, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
  });

export async function getItem(db: DynamoDBDocumentClient, tableName: string, key: Key): Promise<Item | undefined> {
  return (await db.send(new GetCommand({ TableName: tableName, Key: key }))).Item;
}

/**
 * Replaces a whole record if it is still at `expectedVersion` (optimistic locking), or creates it when
 * `expectedVersion` is null and it does not exist; otherwise a {@link VersionConflictError} naming `what`.
 */
export async function putVersioned(db: DynamoDBDocumentClient, tableName: string, item: Item & Key, expectedVersion: number | null, what: string): Promise<void> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: expectedVersion === null ? 'attribute_not_exists(pk)' : '#version = :expected',
        ...(expectedVersion === null ? {} : { ExpressionAttributeNames: { '#version': TABLE.versionAttribute }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new VersionConflictError(what, { cause: error });
    throw error;
  }
}

/**
 * One write of a transaction that {@link transactVersioned} adds next to the versioned record: a new
 * record (`put`, which must not exist yet), a record written whatever is there (`upsert`, e.g. a history
 * entry keyed by its instant), or a deletion.
 */
export type TransactionExtra = { put: Item & Key } | { upsert: Item & Key } | { delete: Key };

/**
 * Replaces a record at `expectedVersion` (or creates it when null) together with other writes, all or
 * nothing: new records (an event, a uniqueness marker) must not exist yet, deletions always apply. Any
 * refused condition is a {@link VersionConflictError} naming `what` unless `onConflict` says otherwise.
 */
export async function transactVersioned(
  db: DynamoDBDocumentClient,
  tableName: string,
  record: Item & Key,
  expectedVersion: number | null,
  extras: readonly TransactionExtra[],
  what: string,
  onConflict?: (reasons: readonly (string | undefined)[]) => Error | undefined,
): Promise<void> {
  try {
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: record,
              ConditionExpression: expectedVersion === null ? 'attribute_not_exists(pk)' : '#version = :expected',
              ...(expectedVersion === null ? {} : { ExpressionAttributeNames: { '#version': TABLE.versionAttribute }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
            },
          },
          ...extras.map((extra) =>
            'put' in extra
              ? { Put: { TableName: tableName, Item: extra.put, ConditionExpression: 'attribute_not_exists(pk)' } }
              : 'upsert' in extra
                ? { Put: { TableName: tableName, Item: extra.upsert } }
                : { Delete: { TableName: tableName, Key: extra.delete } },
          ),
        ],
      }),
    );
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = (error.CancellationReasons ?? []).map((r) => r.Code);
      throw onConflict?.(reasons) ?? new VersionConflictError(what, { cause: error });
    }
    throw error;
  }
}
