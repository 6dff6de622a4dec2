import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrganization } from '../../shared/demo/organization.ts';
import { VersionConflictError } from '../../shared/errors.ts';
import { DynamoDbOrganizationRepository } from '../../shared/organization/dynamodb-organization-repository.ts';
import { startTestTable, type TestTable } from '../support/table.ts';

describe('DynamoDbOrganizationRepository against DynamoDB Local', () => {
  let table: TestTable;
  let repository: DynamoDbOrganizationRepository;
  const agencyId = demoOrganization.agency.agencyId;

  beforeAll(async () => {
    table = await startTestTable();
    repository = new DynamoDbOrganizationRepository(table.db, table.tableName);
  });
  afterAll(async () => {
    await table?.stop();
  });

  it('seeds the demo organization once: a second run creates nothing and keeps later changes', async () => {
    const total = 1 + demoOrganization.units.length + demoOrganization.users.length;
    expect(await repository.createMissing(demoOrganization)).toBe(total);
    const renamed = await repository.updateUnit(agencyId, 'cong-doan', 0, { name: 'Công đoàn Sở (đổi tên)' });
    expect(renamed.version).toBe(1);

    expect(await repository.createMissing(demoOrganization)).toBe(0);
    expect((await repository.getUnit(agencyId, 'cong-doan'))?.name).toBe('Công đoàn Sở (đổi tên)');
    expect(await repository.listUnits(agencyId)).toHaveLength(demoOrganization.units.length);
    expect(await repository.listUsers(agencyId)).toHaveLength(demoOrganization.users.length);
  });

  it('refuses an update made from a stale version and leaves the record unchanged', async () => {
    const before = await repository.getUnit(agencyId, 'thanh-tra');
    expect(before?.version).toBe(0);
    await repository.updateUnit(agencyId, 'thanh-tra', 0, { reportingEmails: ['thanhtra@khcn-quangngai.example'] });
    await expect(repository.updateUnit(agencyId, 'thanh-tra', 0, { name: 'Ghi đè' })).rejects.toBeInstanceOf(VersionConflictError);
    const after = await repository.getUnit(agencyId, 'thanh-tra');
    expect(after).toMatchObject({ name: 'Thanh tra Sở', version: 1, reportingEmails: ['thanhtra@khcn-quangngai.example'] });
  });

  it('lets exactly one of two concurrent updates from the same version win', async () => {
    const results = await Promise.allSettled([
      repository.updateUnit(agencyId, 'chi-cuc-tdc', 0, { name: 'Chi cục A' }),
      repository.updateUnit(agencyId, 'chi-cuc-tdc', 0, { name: 'Chi cục B' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof VersionConflictError)).toHaveLength(1);
  });

  it('removes an optional attribute when it is set to null', async () => {
    const updated = await repository.updateUnit(agencyId, 'ke-hoach-tai-chinh', 0, { headUserId: null });
    expect(updated.headUserId).toBeUndefined();
  });

  it('treats an update of a unit that does not exist as a conflict, never as a create', async () => {
    await expect(repository.updateUnit(agencyId, 'khong-ton-tai', 0, { name: 'Mới' })).rejects.toBeInstanceOf(VersionConflictError);
    expect(await repository.getUnit(agencyId, 'khong-ton-tai')).toBeUndefined();
  });

  it('finds a user by e-mail, case-insensitively, through the lookup index', async () => {
    const user = await repository.findUserByEmail('CHANH-VAN-PHONG@khcn-quangngai.example');
    expect(user?.userId).toBe('u-chanh-van-phong');
    expect(await repository.findUserByEmail('nobody@khcn-quangngai.example')).toBeUndefined();
  });
});
