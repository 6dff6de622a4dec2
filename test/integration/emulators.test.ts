// Proves the local emulators behave like the AWS features the design relies on (transactions,
// streams, SES mail read-back, S3 objects), and that the launchers clean up after themselves.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand, ListBucketsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESClient, SendEmailCommand, SendRawEmailCommand } from '@aws-sdk/client-ses';
import MailComposer from 'nodemailer/lib/mail-composer';
import {
  PortInUseError,
  checkJava,
  clearSesStore,
  findFreePort,
  isPortFree,
  readSesStore,
  startAllEmulators,
  startDynamoDbLocal,
  startS3Local,
  startSesLocal,
  type DynamoDbLocalHandle,
  type S3LocalHandle,
  type SesLocalHandle,
} from '../../infra/local/emulators/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Holds a port the way another program would, so a launcher finds it taken. */
async function occupyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Binds and releases `port`, proving nothing holds it any more. */
async function bindOnce(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

describe('checkJava', () => {
  it('finds Java 17 or newer on this machine', async () => {
    const check = await checkJava();
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && check.major).toBeGreaterThanOrEqual(17);
  });

  it('explains how to install Java on each OS when the binary is missing', async () => {
    const check = await checkJava('/nonexistent/bin/java');
    expect(check.ok).toBe(false);
    const message = check.ok ? '' : check.message;
    expect(message).toContain('Không tìm thấy Java');
    expect(message).toContain('sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless');
    expect(message).toContain('brew install openjdk@17');
    expect(message).toContain('winget install');
  });
});

describe('DynamoDB Local', () => {
  const tableName = 'dvm-test';
  let ddb: DynamoDbLocalHandle;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  const javaOutput: string[] = [];

  beforeAll(async () => {
    ddb = await startDynamoDbLocal({ inMemory: true, log: (line) => javaOutput.push(line) });
    client = new DynamoDBClient(ddb.clientConfig);
    doc = DynamoDBDocumentClient.from(client);
  });
  afterAll(async () => {
    client?.destroy();
    await ddb?.stop();
  });

  it('runs in memory and hands its output to the log callback only', () => {
    expect(javaOutput).toContain('InMemory:\ttrue');
    expect(javaOutput).toContain(`Port:\t${ddb.port}`);
  });

  it('creates a table with a GSI and a NEW_AND_OLD_IMAGES stream', async () => {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'openDue', AttributeType: 'S' },
          { AttributeName: 'dueAt', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'openByDue',
            KeySchema: [
              { AttributeName: 'openDue', KeyType: 'HASH' },
              { AttributeName: 'dueAt', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual(['openByDue']);
    expect(Table?.StreamSpecification?.StreamViewType).toBe('NEW_AND_OLD_IMAGES');
    expect(Table?.LatestStreamArn).toBeTruthy();
  });

  it('writes nothing when one condition of a transaction fails', async () => {
    const attempt = client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: { pk: { S: 'CASE#1' }, sk: { S: 'META' } } } },
          {
            Put: {
              TableName: tableName,
              Item: { pk: { S: 'CASE#2' }, sk: { S: 'META' } },
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
        ],
      }),
    );
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons?.map((reason) => reason.Code)).toEqual([
      'None',
      'ConditionalCheckFailed',
    ]);
    const { Item } = await client.send(
      new GetItemCommand({ TableName: tableName, Key: { pk: { S: 'CASE#1' }, sk: { S: 'META' } } }),
    );
    expect(Item).toBeUndefined();
  });

  it('serves the GSI and streams old and new images of each write', async () => {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: 'CASE#3', sk: 'META', status: 'open', openDue: 'OPEN', dueAt: '2025-03-01T00:00:00Z' },
      }),
    );
    await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { pk: 'CASE#3', sk: 'META' },
        UpdateExpression: 'SET #s = :closed REMOVE openDue',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':closed': 'closed' },
      }),
    );
    const { Items } = await doc.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'openByDue',
        KeyConditionExpression: 'openDue = :open',
        ExpressionAttributeValues: { ':open': 'OPEN' },
      }),
    );
    expect(Items).toEqual([]); // sparse: removing openDue took the case out of the index

    const streams = new DynamoDBStreamsClient(ddb.clientConfig);
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: Table?.LatestStreamArn }));
      const records: StreamRecord[] = [];
      for (const shard of StreamDescription?.Shards ?? []) {
        const { ShardIterator } = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: Table?.LatestStreamArn,
            ShardId: shard.ShardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        );
        const page = await streams.send(new GetRecordsCommand({ ShardIterator }));
        records.push(...(page.Records ?? []));
      }
      // The cancelled transaction left no trace: only the put and the update are in the stream.
      expect(records.map((record) => [record.eventName, record.dynamodb?.Keys?.pk?.S])).toEqual([
        ['INSERT', 'CASE#3'],
        ['MODIFY', 'CASE#3'],
      ]);
      const modify = records[1]?.dynamodb;
      expect(modify?.OldImage?.status?.S).toBe('open');
      expect(modify?.NewImage?.status?.S).toBe('closed');
      expect(modify?.NewImage?.openDue).toBeUndefined();
    } finally {
      streams.destroy();
    }
  });

  it('stops the Java process and frees the port', async () => {
    client.destroy();
    await ddb.stop();
    expect(processIsAlive(ddb.javaPid)).toBe(false);
    await bindOnce(ddb.port);
    await ddb.stop(); // idempotent
  });

  it('refuses a taken fixed port before starting Java, naming the port and the variable', async () => {
    const taken = await occupyPort();
    try {
      const attempt = startDynamoDbLocal({ port: taken.port });
      await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
      await expect(attempt).rejects.toThrow(`Port ${taken.port} is already in use — set DVM_DYNAMODB_PORT`);
      await expect(attempt).rejects.toThrow(`Cổng ${taken.port} đang được dùng`);
    } finally {
      await taken.release();
    }
  });

  it('leaves no Java process behind when its parent is killed', async () => {
    const launcher = path.join(repoRoot, 'infra/local/emulators/dynamodb-local.ts');
    const script = `const { startDynamoDbLocal } = await import(${JSON.stringify(launcher)});
const handle = await startDynamoDbLocal({});
console.log(JSON.stringify({ javaPid: handle.javaPid, port: handle.port }));
setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    parent.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const started = await new Promise<{ javaPid: number; port: number }>((resolve, reject) => {
      let stdout = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
        if (line) resolve(JSON.parse(line) as { javaPid: number; port: number });
      });
      parent.once('exit', (code) => reject(new Error(`launcher exited with ${code}: ${stderr}`)));
    });
    expect(processIsAlive(started.javaPid)).toBe(true);

    parent.kill('SIGKILL');
    expect(await waitFor(() => !processIsAlive(started.javaPid), 10_000)).toBe(true);
    expect(await waitFor(() => isPortFree(started.port), 2_000)).toBe(true);
  });
});

describe('aws-ses-v2-local', () => {
  let ses: SesLocalHandle;
  let client: SESClient;

  beforeAll(async () => {
    ses = await startSesLocal();
    client = new SESClient(ses.clientConfig);
  });
  afterAll(async () => {
    client?.destroy();
    await ses?.stop();
  });

  it('stores a SendEmail message for reading back from /store', async () => {
    const { MessageId } = await client.send(
      new SendEmailCommand({
        Source: 'canh-bao@danvan.example.vn',
        Destination: { ToAddresses: ['truong-ban@danvan.example.vn'], CcAddresses: ['van-thu@danvan.example.vn'] },
        Message: {
          Subject: { Data: 'Cảnh báo: báo cáo quý I quá hạn', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Đơn vị A chưa nộp báo cáo.', Charset: 'UTF-8' } },
        },
      }),
    );
    const stored = (await readSesStore(ses.endpoint)).find((email) => email.messageId === MessageId);
    expect(stored).toMatchObject({
      from: 'canh-bao@danvan.example.vn',
      destination: { to: ['truong-ban@danvan.example.vn'], cc: ['van-thu@danvan.example.vn'], bcc: [] },
      subject: 'Cảnh báo: báo cáo quý I quá hạn',
      body: { text: 'Đơn vị A chưa nộp báo cáo.' },
    });
  });

  it('takes the recipients of a raw send from the MIME headers, not from Destinations', async () => {
    const mime = await new MailComposer({
      from: 'Hệ thống giám sát <canh-bao@danvan.example.vn>',
      to: 'ubnd-tinh@danvan.example.vn',
      subject: 'Báo cáo tổng hợp tháng 3',
      text: 'Xem tệp đính kèm.',
      attachments: [{ filename: 'bao-cao.csv', content: 'don_vi,so_vu\nA,3\n', contentType: 'text/csv' }],
    })
      .compile()
      .build();
    const { MessageId } = await client.send(
      new SendRawEmailCommand({ RawMessage: { Data: mime }, Destinations: ['someone-else@danvan.example.vn'] }),
    );
    const stored = (await readSesStore(ses.endpoint)).find((email) => email.messageId === MessageId);
    expect(stored?.destination.to).toEqual(['ubnd-tinh@danvan.example.vn']);
    expect(stored?.from).toBe('"Hệ thống giám sát" <canh-bao@danvan.example.vn>'); // mailparser's formatting
    expect(stored?.subject).toBe('Báo cáo tổng hợp tháng 3');
    expect(stored?.body.text?.trim()).toBe('Xem tệp đính kèm.');
    expect(stored?.attachments).toHaveLength(1);
    expect(stored?.attachments[0]).toMatchObject({ filename: 'bao-cao.csv', contentType: 'text/csv' });
    expect(Buffer.from(stored?.attachments[0]?.content ?? '', 'base64').toString()).toBe('don_vi,so_vu\nA,3\n');
  });

  it('empties the store on clearSesStore', async () => {
    expect((await readSesStore(ses.endpoint)).length).toBeGreaterThan(0);
    await clearSesStore(ses.endpoint);
    expect(await readSesStore(ses.endpoint)).toEqual([]);
  });

  it('serves the mailbox web UI', async () => {
    const response = await fetch(ses.mailboxUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('refuses a taken fixed port, naming the port and the variable', async () => {
    const taken = await occupyPort();
    try {
      await expect(startSesLocal({ port: taken.port })).rejects.toThrow(
        `Port ${taken.port} is already in use — set DVM_SES_PORT`,
      );
    } finally {
      await taken.release();
    }
  });

  it('frees the port on stop, even with keep-alive clients connected', async () => {
    await client.send(
      new SendEmailCommand({
        Source: 'a@danvan.example.vn',
        Destination: { ToAddresses: ['b@danvan.example.vn'] },
        Message: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } },
      }),
    );
    await ses.stop();
    await bindOnce(ses.port);
  });
});

describe('s3rver', () => {
  let s3: S3LocalHandle;
  let client: S3Client;

  beforeAll(async () => {
    s3 = await startS3Local({ buckets: ['dvm-attachments', 'dvm-inbound-mail'] });
    client = new S3Client(s3.clientConfig);
  });
  afterAll(async () => {
    client?.destroy();
    await s3?.stop();
  });

  it('creates the configured buckets', async () => {
    const { Buckets } = await client.send(new ListBucketsCommand({}));
    expect(Buckets?.map((bucket) => bucket.Name).sort()).toEqual(['dvm-attachments', 'dvm-inbound-mail']);
  });

  it('puts and gets an object', async () => {
    const body = 'Biên bản họp dân — thôn Đông';
    await client.send(
      new PutObjectCommand({
        Bucket: 'dvm-attachments',
        Key: 'agency/ubnd-xa-a/case/01/bien-ban.txt',
        Body: body,
        ContentType: 'text/plain; charset=utf-8',
      }),
    );
    const object = await client.send(
      new GetObjectCommand({ Bucket: 'dvm-attachments', Key: 'agency/ubnd-xa-a/case/01/bien-ban.txt' }),
    );
    expect(object.ContentType).toBe('text/plain; charset=utf-8');
    expect(await object.Body?.transformToString('utf-8')).toBe(body);
  });

  it('stores streamed uploads as sent (no aws-chunked framing) with the handle\'s client config', async () => {
    const chunks = [Buffer.from('phần 1, '), Buffer.from('phần 2')];
    await client.send(
      new PutObjectCommand({
        Bucket: 'dvm-inbound-mail',
        Key: 'mail/0001.eml',
        Body: Readable.from(chunks),
        ContentLength: Buffer.concat(chunks).length,
      }),
    );
    const object = await client.send(new GetObjectCommand({ Bucket: 'dvm-inbound-mail', Key: 'mail/0001.eml' }));
    expect(await object.Body?.transformToString('utf-8')).toBe('phần 1, phần 2');
  });

  it('refuses a taken fixed port, naming the port and the variable', async () => {
    const taken = await occupyPort();
    try {
      await expect(startS3Local({ port: taken.port, buckets: [] })).rejects.toThrow(
        `Port ${taken.port} is already in use — set DVM_S3_PORT`,
      );
    } finally {
      await taken.release();
    }
  });

  it('frees the port and removes its temporary directory on stop', async () => {
    expect(existsSync(s3.directory)).toBe(true);
    await s3.stop();
    await bindOnce(s3.port);
    expect(existsSync(s3.directory)).toBe(false);
  });
});

describe('startAllEmulators', () => {
  it('starts the three emulators and stops them all', async () => {
    const all = await startAllEmulators({ s3: { buckets: ['dvm-attachments'] } });
    try {
      expect(new Set([all.dynamodb.port, all.ses.port, all.s3.port]).size).toBe(3);
      expect((await fetch(`${all.ses.endpoint}/health-check`)).status).toBe(200);
    } finally {
      await all.stop();
    }
    expect(processIsAlive(all.dynamodb.javaPid)).toBe(false);
    for (const port of [all.dynamodb.port, all.ses.port, all.s3.port]) await bindOnce(port);
  });

  it('stops the emulators that started when another one fails, and rethrows', async () => {
    const taken = await occupyPort();
    const dynamodbPort = await findFreePort();
    try {
      await expect(
        startAllEmulators({ dynamodb: { port: dynamodbPort }, s3: { port: taken.port, buckets: [] } }),
      ).rejects.toBeInstanceOf(PortInUseError);
      // DynamoDB Local was starting in parallel; it must not survive the failure.
      expect(await isPortFree(dynamodbPort)).toBe(true);
    } finally {
      await taken.release();
    }
  });
});
