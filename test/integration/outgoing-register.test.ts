import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../shared/clock.ts';
import { DynamoDbOutgoingRegister } from '../../shared/documents/dynamodb-outgoing-register.ts';
import type { RegisterRequest } from '../../shared/documents/register.ts';
import { startTestTable, type TestTable } from '../support/table.ts';

const request = (documentId: string, issuedOn = '2026-12-04', agencyId = 'so-khcn'): RegisterRequest => ({
  agencyId,
  agencySymbol: 'SKHCN',
  documentId,
  type: 'thong-bao',
  issuedOn,
  summary: `Thông báo thụ lý (${documentId})`,
  subjectRef: `case:${documentId}`,
  issuedBy: 'u-chanh-van-phong',
});

describe('the outgoing register on DynamoDB', () => {
  let table: TestTable;
  let register: DynamoDbOutgoingRegister;

  beforeAll(async () => {
    table = await startTestTable('outgoing-register');
    register = new DynamoDbOutgoingRegister(table.db, table.tableName, new FixedClock('2026-12-04T02:00:00Z'));
  });
  afterAll(async () => {
    await table?.stop();
  });

  it('gives 30 documents issued at the same moment the numbers 01 to 30, each once, none skipped', async () => {
    const entries = await Promise.all(Array.from({ length: 30 }, (_, i) => register.register(request(`doc-${i}`))));
    expect(entries.map((e) => e.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const stored = await register.entries('so-khcn', 2026);
    expect(stored.map((e) => e.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(stored.map((e) => e.documentId)).size).toBe(30);
    expect(stored[0]?.symbol).toBe('01/TB-SKHCN');
  });

  it('gives a document registered again, even concurrently, the number it has, and takes no new one', async () => {
    const again = await Promise.all([register.register(request('doc-7')), register.register(request('doc-7')), register.register(request('doc-new'))]);
    const seven = (await register.entries('so-khcn', 2026)).find((e) => e.documentId === 'doc-7');
    expect(again[0]).toEqual(seven);
    expect(again[1]).toEqual(seven);
    expect(again[2]?.number).toBe(31);
    expect((await register.entries('so-khcn', 2026)).map((e) => e.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('starts each year at 01, and each agency on its own', async () => {
    expect((await register.register(request('next-year', '2027-01-01'))).symbol).toBe('01/TB-SKHCN');
    expect((await register.register(request('other-agency', '2026-12-04', 'so-noi-vu'))).number).toBe(1);
    expect((await register.register(request('late-2026'))).number).toBe(32);
  });
});
