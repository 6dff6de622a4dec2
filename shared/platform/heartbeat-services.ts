import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbHeartbeatRepository } from '../heartbeat/dynamodb-heartbeat-repository.ts';
import { createDocumentClient } from '../storage/dynamodb.ts';
import type { Config } from './config.ts';

/** The scheduler's heartbeat: light on purpose (no core), so the function that beats every few minutes stays small. */
export function createHeartbeatServices(config: Config, db: DynamoDBDocumentClient = createDocumentClient(config)) {
  return { heartbeats: new DynamoDbHeartbeatRepository(db, config.TABLE_NAME) };
}
