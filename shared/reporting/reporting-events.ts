import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { OBSTACLE_ENTITY } from './dynamodb-reporting-repository.ts';
import { ObstacleSchema, type Obstacle } from './model.ts';

/** Obstacles newly reported in a batch of stream records. */
export function obstaclesReported(records: DynamoDBRecord[]): Obstacle[] {
  return records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) return [];
    const item = unmarshall(image as Record<string, AttributeValue>);
    return item.entity === OBSTACLE_ENTITY ? [ObstacleSchema.parse(item)] : [];
  });
}
