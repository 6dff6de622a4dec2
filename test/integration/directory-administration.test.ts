import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/access/policy.ts';
import { FixedClock } from '../../shared/clock.ts';
import { demoOrganization } from '../../shared/demo/organization.ts';
import { ConflictError, UnauthenticatedError, VersionConflictError } from '../../shared/errors.ts';
import { DirectoryAdministration, type Onboarding } from '../../shared/organization/administration.ts';
import { DynamoDbOrganizationRepository } from '../../shared/organization/dynamodb-organization-repository.ts';
import { LocalIdentityProvider, type AccountDetails, type IdentityProvider } from '../../shared/organization/identity.ts';
import { OrganizationService } from '../../shared/organization/service.ts';
import { startTestTable, type TestTable } from '../support/table.ts';

/** Records what the sign-in service is asked, like Cognito would be. */
class RecordingIdentity extends LocalIdentityProvider {
  readonly synced: { subject: string; active: boolean; roles: readonly string[]; previousRoles: readonly string[] }[] = [];
  readonly created: AccountDetails[] = [];
  override async createAccount(account: AccountDetails, preferred?: string) {
    this.created.push(account);
    return super.createAccount(account, preferred);
  }
  override async syncAccount(...[subject, account]: Parameters<IdentityProvider['syncAccount']>) {
    this.synced.push({ subject, active: account.active, roles: account.roles, previousRoles: account.previousRoles });
  }
}

const onboarding: Onboarding = {
  agency: demoOrganization.agency,
  units: demoOrganization.units.map(({ unitId, name, kind, headUserId, reportingEmails }) => ({ unitId, name, kind, reportingEmails, ...(headUserId ? { headUserId } : {}) })),
  users: demoOrganization.users.map(({ userId, email, fullName, title, roles, unitId, language }) => ({ userId, email, fullName, roles, language, ...(title ? { title } : {}), ...(unitId ? { unitId } : {}) })),
};
const agencyId = demoOrganization.agency.agencyId;
const admin: Actor = { userId: 'u-quan-tri', email: 'quan-tri@khcn-quangngai.example', agencyId, roles: ['admin'], unitId: 'chuyen-doi-so' };
const office: Actor = { userId: 'u-chanh-van-phong', email: 'chanh-van-phong@khcn-quangngai.example', agencyId, roles: ['office'], unitId: 'van-phong' };

describe('directory administration against DynamoDB Local', () => {
  let table: TestTable;
  let repository: DynamoDbOrganizationRepository;
  let identity: RecordingIdentity;
  let administration: DirectoryAdministration;
  const clock = new FixedClock('2026-12-01T03:00:00Z');

  beforeAll(async () => {
    table = await startTestTable();
    repository = new DynamoDbOrganizationRepository(table.db, table.tableName);
    identity = new RecordingIdentity();
    administration = new DirectoryAdministration(repository, identity, clock);
    await administration.onboard('system', onboarding, 'Khởi tạo');
  });
  afterAll(async () => {
    await table?.stop();
  });

  const unit = async (unitId: string) => (await repository.getUnit(agencyId, unitId))!;
  const user = async (userId: string) => (await repository.getUser(agencyId, userId))!;
  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    return error as ConflictError;
  };

  it('onboards an agency once, each record with its event: a rerun creates nothing and keeps later changes', async () => {
    const renamed = await administration.updateUnit(admin, 'cong-doan', 0, { name: 'Công đoàn Sở (đổi tên)' }, 'Theo quyết định của Công đoàn ngành');
    expect(renamed.version).toBe(1);
    expect(await administration.onboard('system', onboarding, 'Khởi tạo lại')).toEqual({ created: 0 });
    expect((await unit('cong-doan')).name).toBe('Công đoàn Sở (đổi tên)');
    expect(await repository.listUsers(agencyId)).toHaveLength(demoOrganization.users.length);
    const events = await administration.history(admin);
    expect(events.filter((e) => e.action === 'user.created')).toHaveLength(demoOrganization.users.length);
    expect(events[0]).toMatchObject({ action: 'unit.changed', by: 'u-quan-tri', at: '2026-12-01T03:00:00.000Z', reason: 'Theo quyết định của Công đoàn ngành', changes: [{ field: 'name', from: 'Công đoàn cơ sở Sở Khoa học và Công nghệ', to: 'Công đoàn Sở (đổi tên)' }] });
  });

  it('refuses an onboarding without an administrator or an office head, creating nothing', async () => {
    const headless: Onboarding = { agency: { ...onboarding.agency, agencyId: 'ubnd-huyen-a', headUserId: undefined }, units: [{ unitId: 'van-phong', name: 'Văn phòng', kind: 'office' }], users: [{ email: 'a@huyen-a.example', fullName: 'Người A', roles: ['office'], unitId: 'van-phong' }] };
    const error = await refusal(administration.onboard('system', headless, 'Thử'));
    expect(error.messageVi).toContain('quản trị');
    expect(error.messageVi).toContain('Chánh Văn phòng');
    expect((await repository.directory('ubnd-huyen-a')).units).toEqual([]);
  });

  it('only an administrator changes the directory', async () => {
    await expect(administration.updateUnit(office, 'thanh-tra', 0, { name: 'Thanh tra' }, 'Thử quyền')).rejects.toMatchObject({ status: 403 });
    await expect(administration.createUser(office, { email: 'x@khcn-quangngai.example', fullName: 'Người X', roles: ['office'], unitId: 'van-phong' }, 'Thử quyền')).rejects.toMatchObject({ status: 403 });
    expect((await unit('thanh-tra')).name).toBe('Thanh tra Sở');
  });

  it('refuses a stale version, and lets one of two concurrent changes win', async () => {
    await administration.updateUnit(admin, 'thanh-tra', 0, { reportingEmails: ['thanhtra@khcn-quangngai.example'] }, 'Địa chỉ mới');
    await expect(administration.updateUnit(admin, 'thanh-tra', 0, { name: 'Ghi đè' }, 'Ghi đè')).rejects.toBeInstanceOf(VersionConflictError);
    expect(await unit('thanh-tra')).toMatchObject({ name: 'Thanh tra Sở', version: 1, reportingEmails: ['thanhtra@khcn-quangngai.example'] });
    const results = await Promise.allSettled([
      administration.updateUnit(admin, 'chi-cuc-tdc', 0, { name: 'Chi cục A' }, 'Tên A'),
      administration.updateUnit(admin, 'chi-cuc-tdc', 0, { name: 'Chi cục B' }, 'Tên B'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof VersionConflictError)).toHaveLength(1);
  });

  it('keeps a unit head an active member of that unit: no stranger, no one moved away while head', async () => {
    const stranger = await refusal(administration.updateUnit(admin, 'quan-ly-khoa-hoc', 0, { headUserId: 'u-bao-cao-khtc' }, 'Thử'));
    expect(stranger.code).toBe('directory-rule');
    expect(stranger.messageVi).toContain('Trưởng đơn vị “Phòng Quản lý khoa học” phải là người đang làm việc tại đơn vị đó');
    await refusal(administration.updateUnit(admin, 'quan-ly-khoa-hoc', 0, { headUserId: 'u-khong-co' }, 'Thử'));
    const moved = await refusal(administration.updateUser(admin, 'u-truong-phong-qlkh', 0, { unitId: 'ke-hoach-tai-chinh' }, 'Điều động'));
    expect(moved.message).toContain('must be an active member');
    await refusal(administration.updateUser(admin, 'u-truong-phong-qlkh', 0, { active: false }, 'Nghỉ hưu'));
    expect(await user('u-truong-phong-qlkh')).toMatchObject({ unitId: 'quan-ly-khoa-hoc', active: true, version: 0 });
    expect((await unit('quan-ly-khoa-hoc')).headUserId).toBe('u-truong-phong-qlkh');
  });

  it('keeps an administrator, an office head, a unit for every reporter and a leader at the head of the agency', async () => {
    expect((await refusal(administration.updateUser(admin, 'u-quan-tri', 0, { roles: ['reporter'] }, 'Thử'))).message).toContain('active administrator');
    expect((await refusal(administration.updateUser(admin, 'u-chanh-van-phong', 0, { roles: ['leader'] }, 'Thử'))).message).toContain('office head');
    expect((await refusal(administration.updateUser(admin, 'u-bao-cao-cds', 0, { unitId: null }, 'Thử'))).message).toContain('reporter must belong to a unit');
    expect((await refusal(administration.updateAgency(admin, 0, { headUserId: 'u-chanh-thanh-tra' }, 'Thử'))).message).toContain('head of the agency must be an active leader');
    expect((await refusal(administration.updateUser(admin, 'u-giam-doc', 0, { active: false }, 'Thử'))).message).toContain('head of the agency');
  });

  it('creates a user with a sign-in account and a unique e-mail, whatever its case', async () => {
    const created = await administration.createUser(admin, { email: 'Thanh-Tra-Moi@khcn-quangngai.example', fullName: 'Phan Thị Thu', title: 'Thanh tra viên', roles: ['inspector'], unitId: 'thanh-tra' }, 'Tuyển dụng mới');
    expect(created).toMatchObject({ email: 'thanh-tra-moi@khcn-quangngai.example', active: true, version: 0, conflictedUserIds: [] });
    expect(identity.created.at(-1)).toMatchObject({ agencyId, email: 'thanh-tra-moi@khcn-quangngai.example', roles: ['inspector'], unitId: 'thanh-tra' });
    expect((await repository.findUserByEmail('THANH-TRA-MOI@khcn-quangngai.example'))?.userId).toBe(created.userId);
    const twice = await refusal(administration.createUser(admin, { email: 'thanh-tra-moi@KHCN-quangngai.example', fullName: 'Người khác', roles: ['office'], unitId: 'van-phong' }, 'Trùng'));
    expect(twice.code).toBe('email-taken');
    const noUnit = await refusal(administration.createUser(admin, { email: 'bao-cao-moi@khcn-quangngai.example', fullName: 'Người báo cáo', roles: ['reporter'] }, 'Thiếu đơn vị'));
    expect(noUnit.code).toBe('directory-rule');
    expect(await repository.findUserByEmail('bao-cao-moi@khcn-quangngai.example')).toBeUndefined();
  });

  it('deactivates a user without deleting them: their next request is refused, the account disabled, the record kept', async () => {
    const organization = new OrganizationService(repository);
    const claimed: Actor = { userId: 'u-bao-cao-tdc', email: 'bao-cao-tdc@khcn-quangngai.example', agencyId, roles: ['reporter', 'admin'], unitId: 'chi-cuc-tdc' };
    // Roles come from the directory, not from what the token claims.
    expect((await organization.signedIn(claimed)).roles).toEqual(['reporter']);
    await administration.updateUser(admin, 'u-bao-cao-tdc', 0, { active: false }, 'Chuyển công tác khỏi Sở');
    await expect(organization.signedIn(claimed)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(identity.synced.at(-1)).toEqual({ subject: 'u-bao-cao-tdc', active: false, roles: ['reporter'], previousRoles: ['reporter'] });
    expect(await user('u-bao-cao-tdc')).toMatchObject({ fullName: 'Đỗ Thị Kim Oanh', active: false, version: 1 });
    const event = (await administration.history(admin)).find((e) => e.target.id === 'u-bao-cao-tdc' && e.action === 'user.changed');
    expect(event).toMatchObject({ by: 'u-quan-tri', reason: 'Chuyển công tác khỏi Sở', changes: [{ field: 'active', from: true, to: false }] });
  });

  it('records declared conflicts only between people in the directory', async () => {
    const saved = await administration.updateUser(admin, 'u-chuyen-vien-qlcn', 0, { conflictedUserIds: ['u-chuyen-vien-vp'] }, 'Vợ chồng');
    expect(saved.conflictedUserIds).toEqual(['u-chuyen-vien-vp']);
    await refusal(administration.updateUser(admin, 'u-chuyen-vien-qlcn', 1, { conflictedUserIds: ['u-khong-co'] }, 'Thử'));
  });
});
