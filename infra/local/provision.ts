import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../shared/platform/resources.ts';

/**
 * Creates the table locally from the same definition the CDK app deploys (keys, indexes, stream, TTL).
 * Safe to run on every start: an existing table is left as it is.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<{ created: boolean; streamArn: string }> {
  const attributes = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  const indexes: GlobalSecondaryIndex[] = Object.entries(TABLE.indexes).map(([name, index]) => {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
    return {
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    };
  });
  let created = true;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: indexes,
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    created = false;
  }
  const description = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = description.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${tableName} has no stream; delete .data/ to recreate it.`);
  return { created, streamArn };
}
