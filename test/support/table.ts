import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal, type DynamoDbLocalHandle } from '../../infra/local/emulators/index.ts';
import { ensureTable } from '../../infra/local/provision.ts';
import { createDocumentClient } from '../../shared/storage/dynamodb.ts';

export interface TestTable {
  emulator: DynamoDbLocalHandle;
  db: DynamoDBDocumentClient;
  tableName: string;
  stop(): Promise<void>;
}

/** DynamoDB Local in memory on a random port, with the platform's table created from the shared definition. */
export async function startTestTable(tableName = 'test-table'): Promise<TestTable> {
  const emulator = await startDynamoDbLocal({ port: 0, inMemory: true });
  const raw = new DynamoDBClient(emulator.clientConfig);
  await ensureTable(raw, tableName);
  raw.destroy();
  const db = createDocumentClient({ AWS_REGION: emulator.clientConfig.region, DYNAMODB_ENDPOINT: emulator.endpoint });
  return {
    emulator,
    db,
    tableName,
    stop: async () => {
      db.destroy();
      await emulator.stop();
    },
  };
}
