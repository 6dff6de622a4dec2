import { Readable } from 'node:stream';
import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { resendEmulatorParserRaces } from '../../../shared/storage/dynamodb.ts';

/** A DynamoDB that answers the given bodies in turn (400 for errors), counting the requests it gets. */
function scripted(answers: Array<{ status: number; body: object }>) {
  let requests = 0;
  const client = new DynamoDBClient({
    region: 'ap-southeast-1',
    endpoint: 'http://127.0.0.1:1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: {
      handle: async () => {
        const answer = answers[Math.min(requests, answers.length - 1)]!;
        requests++;
        return { response: { statusCode: answer.status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: Readable.from([Buffer.from(JSON.stringify(answer.body))]) } };
      },
    },
  });
  resendEmulatorParserRaces(client);
  return { client, requests: () => requests };
}

const query = new QueryCommand({ TableName: 't', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'x' } } });
const race = { status: 400, body: { __type: 'com.amazon.coral.validate#ValidationException', message: 'Invalid KeyConditionExpression: Index 20 out of bounds for length 0' } };
const ok = { status: 200, body: { Items: [], Count: 0 } };

describe('requests to DynamoDB Local', () => {
  it('are sent again when the emulator’s parser races, and answer as if nothing happened', async () => {
    const { client, requests } = scripted([race, race, ok]);
    await expect(client.send(query)).resolves.toMatchObject({ Count: 0 });
    expect(requests()).toBe(3);
  });

  it('give up after three tries, and never resend a real validation error', async () => {
    const racing = scripted([race]);
    await expect(racing.client.send(query)).rejects.toThrow(/out of bounds/);
    expect(racing.requests()).toBe(3);
    const wrong = scripted([{ status: 400, body: { __type: 'com.amazon.coral.validate#ValidationException', message: 'Invalid KeyConditionExpression: Syntax error' } }, ok]);
    await expect(wrong.client.send(query)).rejects.toThrow(/Syntax error/);
    expect(wrong.requests()).toBe(1);
  });
});
