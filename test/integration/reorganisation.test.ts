import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';

/** Before the 2026 annual report falls due (05/11/2026), so it is still open when units are reorganised. */
const clock = new FixedClock('2026-10-20T02:00:00Z');

describe('reorganising units with an effective date', () => {
  let platform: LocalPlatform;
  let admin: ApiClient;
  let office: ApiClient;
  let leader: ApiClient;
  let caseId = '';

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
    [admin, office, leader] = (await Promise.all(['u-quan-tri', 'u-chanh-van-phong', 'u-giam-doc'].map((id) => ApiClient.signIn(platform.url, id)))) as [ApiClient, ApiClient, ApiClient];
    const registered = await office.request('POST', '/api/cases', {
      type: 'kien-nghi-phan-anh',
      channel: 'truc-tiep',
      receivedAt: '2026-10-19T09:00:00+07:00',
      petitioner: { name: 'Nguyễn Văn Tư', address: 'Xã Nghĩa Kỳ' },
      subject: 'Kiến nghị về thủ tục đánh giá công nghệ',
      content: 'Đề nghị rút ngắn thời gian thẩm định công nghệ của dự án đầu tư.',
      unitConcerned: { unitId: 'quan-ly-cong-nghe' },
    });
    expect(registered.status).toBe(201);
    caseId = registered.body.case.id;
    // Past work first: the 2025 report of one of the units to be merged was sent in time, last year.
  });
  afterAll(async () => {
    await platform?.stop();
  });

  const reorganise = (reorganisation: unknown, reason = 'Quyết định số 12/QĐ-SKHCN về tổ chức lại các phòng') => admin.request('POST', '/api/units/reorganisations', { reorganisation, reason });

  it('refuses a reorganisation dated in the future, or a split that leaves a member without a unit, changing nothing', async () => {
    const future = await reorganise({ kind: 'rename', unitId: 'chi-cuc-tdc', name: 'Chi cục Đo lường', effectiveOn: '2026-12-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.code).toBe('reorganisation-in-future');
    const unplaced = await reorganise({
      kind: 'split',
      unitId: 'ke-hoach-tai-chinh',
      into: [
        { unitId: 'ke-hoach', name: 'Phòng Kế hoạch', kind: 'division', reportingEmails: [] },
        { unitId: 'tai-chinh', name: 'Phòng Tài chính', kind: 'division', reportingEmails: [] },
      ],
      members: { 'u-truong-phong-khtc': 'ke-hoach' },
      openWorkTo: 'ke-hoach',
      effectiveOn: '2026-10-01',
    });
    expect(unplaced.status).toBe(400);
    expect(unplaced.body.error.message).toContain('Trương Công Danh');
    expect((await admin.get('/api/units/ke-hoach-tai-chinh')).body.active).toBe(true);
    expect((await admin.get('/api/units/ke-hoach')).status).toBe(404);
    expect((await office.request('POST', '/api/units/reorganisations', { reorganisation: { kind: 'rename', unitId: 'chi-cuc-tdc', name: 'Tên khác', effectiveOn: '2026-10-01' }, reason: 'Thử quyền' })).status).toBe(403);
  });

  it('renames a unit from a date: documents of earlier periods keep the name it had then', async () => {
    const renamed = await reorganise({ kind: 'rename', unitId: 'chi-cuc-tdc', name: 'Chi cục Đo lường Chất lượng', effectiveOn: '2026-01-01' });
    expect(renamed.status).toBe(200);
    const report2025 = await office.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2025' });
    const units2025 = [...report2025.body.content.units.reported, ...report2025.body.content.units.missing].map((u: { name: string }) => u.name);
    expect(units2025).toContain('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    const report2026 = await office.request('POST', '/api/compiled', { templateId: 'bao-cao-nam-2026' });
    const units2026 = [...report2026.body.content.units.reported, ...report2026.body.content.units.missing].map((u: { name: string }) => u.name);
    expect(units2026).toContain('Chi cục Đo lường Chất lượng');
    expect(units2026).not.toContain('Chi cục Tiêu chuẩn Đo lường Chất lượng');
  });

  it('merges two units into a new one: members, the head, open reports and cases move; past periods stay with the units of then', async () => {
    const merged = await reorganise({
      kind: 'merge',
      unitIds: ['quan-ly-khoa-hoc', 'quan-ly-cong-nghe'],
      into: { unitId: 'quan-ly-khcn', name: 'Phòng Quản lý khoa học và công nghệ', kind: 'division', reportingEmails: ['qlkhcn@khcn-quangngai.example'] },
      headUserId: 'u-truong-phong-qlkh',
      effectiveOn: '2026-10-15',
    });
    expect(merged.status).toBe(200);
    expect(merged.body.movedUsers).toBe(4);
    const units = (await admin.get('/api/units?includeInactive=true')).body.items;
    expect(units.find((u: { unitId: string }) => u.unitId === 'quan-ly-khcn')).toMatchObject({ active: true, headUserId: 'u-truong-phong-qlkh', startedOn: '2026-10-15', predecessorUnitIds: ['quan-ly-khoa-hoc', 'quan-ly-cong-nghe'] });
    for (const old of ['quan-ly-khoa-hoc', 'quan-ly-cong-nghe']) {
      const unit = units.find((u: { unitId: string }) => u.unitId === old);
      expect(unit).toMatchObject({ active: false, endedOn: '2026-10-15', successorUnitIds: ['quan-ly-khcn'] });
      expect(unit.headUserId).toBeUndefined();
    }
    const users = (await admin.get('/api/users')).body.items;
    for (const id of ['u-truong-phong-qlkh', 'u-bao-cao-qlcn', 'u-chuyen-vien-qlcn', 'u-truong-phong-qlcn']) expect(users.find((u: { userId: string }) => u.userId === id).unitId).toBe('quan-ly-khcn');

    // The open 2026 report: one obligation moved to the new unit, the other superseded by it; its reporters are now assigned.
    const matrix = (await office.get('/api/compliance')).body;
    const row = (unitId: string) => matrix.cells.filter((c: { unitId: string }) => c.unitId === unitId).map((c: { templateId: string }) => c.templateId);
    expect(row('quan-ly-khcn')).toEqual(['bao-cao-nam-2026']);
    expect(row('quan-ly-khoa-hoc')).toContain('bao-cao-nam-2025');
    expect(row('quan-ly-khoa-hoc')).not.toContain('bao-cao-nam-2026');
    expect(row('quan-ly-cong-nghe')).not.toContain('bao-cao-nam-2026');
    expect(matrix.units.find((u: { unitId: string }) => u.unitId === 'quan-ly-cong-nghe')).toMatchObject({ name: 'Phòng Quản lý công nghệ và Sở hữu trí tuệ', endedOn: '2026-10-15', successorNames: ['Phòng Quản lý khoa học và công nghệ'] });
    const obligation = matrix.cells.find((c: { unitId: string; templateId: string }) => c.unitId === 'quan-ly-khcn' && c.templateId === 'bao-cao-nam-2026').obligationId;
    const deadline = (await office.get(`/api/deadlines/report--${obligation}`)).body.deadline;
    expect(deadline.subject).toMatchObject({ unitId: 'quan-ly-khcn', title: 'Báo cáo năm 2026 — Phòng Quản lý khoa học và công nghệ' });
    expect(deadline.assignees).toEqual(expect.arrayContaining(['u-bao-cao-qlcn', 'u-truong-phong-qlkh']));
    const reporter = await ApiClient.signIn(platform.url, 'u-bao-cao-qlcn');
    const own = (await reporter.get('/api/obligations')).body.items.map((o: { obligationId: string }) => o.obligationId);
    expect(own).toContain(obligation);

    // Compiled reports: 2025 under the units of then, 2026 under the new one.
    const names = async (templateId: string) => {
      const content = (await office.request('POST', '/api/compiled', { templateId })).body.content;
      return [...content.units.reported, ...content.units.missing].map((u: { unitId: string }) => u.unitId);
    };
    expect(await names('bao-cao-nam-2025')).toEqual(expect.arrayContaining(['quan-ly-khoa-hoc', 'quan-ly-cong-nghe']));
    const in2026 = await names('bao-cao-nam-2026');
    expect(in2026).toContain('quan-ly-khcn');
    expect(in2026).not.toContain('quan-ly-khoa-hoc');

    // The open case about one of the merged units is now about its successor, with the move on its timeline.
    const c = (await office.get(`/api/cases/${caseId}`)).body.case;
    expect(c.unitConcerned).toEqual({ unitId: 'quan-ly-khcn', name: 'Phòng Quản lý khoa học và công nghệ' });
    expect(c.timeline.at(-1)).toMatchObject({ command: 'unit-succession', by: 'u-quan-tri' });

    const history = (await admin.get('/api/directory/events')).body.items;
    expect(history.filter((e: { action: string }) => e.action === 'unit.merged').map((e: { target: { id: string } }) => e.target.id).sort()).toEqual(['quan-ly-cong-nghe', 'quan-ly-khoa-hoc']);
    expect(history.every((e: { reason: string }) => e.reason.length > 0)).toBe(true);
    expect((await leader.get('/api/units')).body.items.map((u: { unitId: string }) => u.unitId)).not.toContain('quan-ly-khoa-hoc');
  });

  it('splits a unit: each member placed, the open report to the chosen successor, the old unit ended', async () => {
    const split = await reorganise({
      kind: 'split',
      unitId: 'ke-hoach-tai-chinh',
      into: [
        { unitId: 'ke-hoach', name: 'Phòng Kế hoạch', kind: 'division', reportingEmails: [] },
        { unitId: 'tai-chinh', name: 'Phòng Tài chính', kind: 'division', reportingEmails: [] },
      ],
      members: { 'u-truong-phong-khtc': 'ke-hoach', 'u-bao-cao-khtc': 'tai-chinh' },
      openWorkTo: 'tai-chinh',
      effectiveOn: '2026-10-16',
    });
    expect(split.status).toBe(200);
    const users = (await admin.get('/api/users')).body.items;
    expect(users.find((u: { userId: string }) => u.userId === 'u-bao-cao-khtc').unitId).toBe('tai-chinh');
    const matrix = (await office.get('/api/compliance')).body;
    expect(matrix.cells.filter((c: { unitId: string }) => c.unitId === 'tai-chinh').map((c: { templateId: string }) => c.templateId)).toEqual(['bao-cao-nam-2026']);
    expect(matrix.cells.filter((c: { unitId: string }) => c.unitId === 'ke-hoach')).toEqual([]);
    expect(matrix.units.find((u: { unitId: string }) => u.unitId === 'ke-hoach-tai-chinh')).toMatchObject({ endedOn: '2026-10-16', successorNames: ['Phòng Kế hoạch', 'Phòng Tài chính'] });
  });
});
