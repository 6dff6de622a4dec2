import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform, type Ports } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';
import { portsOf, runCli } from '../support/cli.ts';


const onboard = (args: string[], ports: Ports) => runCli('onboard', args, { TABLE_NAME: '', DVM_DYNAMODB_PORT: String(ports.dynamodb) });

const district = {
  agency: { agencyId: 'ubnd-huyen-son-tinh', name: 'Ủy ban nhân dân huyện Sơn Tịnh', shortName: 'UBND huyện', province: 'Quảng Ngãi', placeName: 'Sơn Tịnh', timezone: 'Asia/Ho_Chi_Minh' },
  units: [
    { unitId: 'van-phong', name: 'Văn phòng HĐND và UBND huyện', kind: 'office', headUserId: 'u-st-chanh-van-phong' },
    { unitId: 'phong-noi-vu', name: 'Phòng Nội vụ', kind: 'division' },
  ],
  users: [
    { userId: 'u-st-chanh-van-phong', email: 'chanhvanphong@sontinh.example', fullName: 'Trần Thị Hồng', roles: ['office'], unitId: 'van-phong' },
    { userId: 'u-st-quan-tri', email: 'quantri@sontinh.example', fullName: 'Lê Văn Minh', roles: ['admin'], unitId: 'phong-noi-vu' },
  ],
};

describe('npm run onboard -- <agency.json>', () => {
  let platform: LocalPlatform;
  let ports: Ports;
  let dir: string;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2026-12-01T02:00:00Z') });
    ports = portsOf(platform);
    dir = await mkdtemp(path.join(tmpdir(), 'dvm-onboard-'));
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('creates a second agency with its first administrator and office head, who can sign in at once; a rerun creates nothing', async () => {
    const file = path.join(dir, 'son-tinh.json');
    await writeFile(file, JSON.stringify(district));
    const first = await onboard([file], ports);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ agencyId: 'ubnd-huyen-son-tinh', created: 5 });
    const admin = await ApiClient.signIn(platform.url, 'u-st-quan-tri');
    const me = await admin.get('/api/me');
    expect(me.body).toMatchObject({ agency: { name: 'Ủy ban nhân dân huyện Sơn Tịnh' }, roles: ['admin'] });
    expect((await admin.get('/api/units')).body.items.map((u: { unitId: string }) => u.unitId).sort()).toEqual(['phong-noi-vu', 'van-phong']);
    expect(JSON.parse((await onboard([file], ports)).stdout)).toEqual({ agencyId: 'ubnd-huyen-son-tinh', created: 0 });
  });

  it('refuses an agency without an administrator, saying why in Vietnamese and English, and creates nothing', async () => {
    const file = path.join(dir, 'no-admin.json');
    await writeFile(file, JSON.stringify({ ...district, agency: { ...district.agency, agencyId: 'ubnd-huyen-khac' }, users: [district.users[0], { ...district.users[1], roles: ['reporter'] }] }));
    const refused = await onboard([file], ports);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ít nhất một quản trị hệ thống');
    expect(refused.stderr).toContain('at least one active administrator');
  });
});
