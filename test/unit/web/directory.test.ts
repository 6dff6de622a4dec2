import { describe, expect, it } from 'vitest';
import { demoUnits, demoUsers } from '../../../shared/demo/organization.ts';
import { NewUnitSchema, NewUserSchema, UnitChangesSchema, UserChangesSchema, type DirectoryEvent } from '../../../shared/organization/model.ts';
import { ApiError, ConnectionError } from '../../../web/src/api/errors.ts';
import { directoryFormErrors } from '../../../web/src/features/directory/errors.ts';
import {
  agencyHeadCandidates,
  headCandidates,
  newUnitOf,
  newUserOf,
  parseEmails,
  personLabel,
  unitChangesOf,
  unitDraftOf,
  userChangesOf,
  userDraftOf,
} from '../../../web/src/features/directory/forms.ts';
import { directoryNames, eventLine, eventsAbout } from '../../../web/src/features/directory/history.ts';
import { translate } from '../../../web/src/i18n/translate.ts';
import type { Translate } from '../../../web/src/i18n/translate.ts';

const unit = (unitId: string) => demoUnits.find((u) => u.unitId === unitId)!;
const user = (userId: string) => demoUsers.find((u) => u.userId === userId)!;
const QLCN_NAME = 'Phòng Quản lý công nghệ và Sở hữu trí tuệ';

describe('unit form', () => {
  it('creates a unit from what was typed, addresses one per line, that the server schema accepts', () => {
    const draft = { ...unitDraftOf(), unitId: ' phong-phap-che ', name: ' Phòng Pháp chế ', reportingEmails: 'phapche@khcn.example\n\n  vanthu.phapche@khcn.example, ' };

    const body = newUnitOf(draft);

    expect(body).toEqual({ unitId: 'phong-phap-che', name: 'Phòng Pháp chế', kind: 'division', reportingEmails: ['phapche@khcn.example', 'vanthu.phapche@khcn.example'] });
    expect(NewUnitSchema.safeParse(body).success).toBe(true);
  });

  it('sends only what changed, a cleared head as null, and nothing when nothing changed', () => {
    const qlcn = unit('quan-ly-cong-nghe');
    const draft = unitDraftOf(qlcn);

    expect(unitChangesOf(qlcn, draft)).toEqual({});
    expect(unitChangesOf(qlcn, { ...draft, headUserId: 'u-chuyen-vien-qlcn' })).toEqual({ headUserId: 'u-chuyen-vien-qlcn' });
    expect(unitChangesOf(qlcn, { ...draft, headUserId: '', active: false, name: `${qlcn.name} ` })).toEqual({ headUserId: null, active: false });
    const changes = unitChangesOf(qlcn, { ...draft, kind: 'centre', reportingEmails: 'a@khcn.example' });
    expect(changes).toEqual({ kind: 'centre', reportingEmails: ['a@khcn.example'] });
    expect(UnitChangesSchema.safeParse(changes).success).toBe(true);
  });

  it('offers as head only the unit’s active members, and as head of the agency only active leaders', () => {
    const users = [...demoUsers, { ...user('u-bao-cao-qlcn'), userId: 'u-nghi-viec', fullName: 'Đã Nghỉ Việc', active: false }];

    expect(headCandidates(users, 'quan-ly-cong-nghe', 'vi').map((u) => u.userId)).toEqual(['u-chuyen-vien-qlcn', 'u-bao-cao-qlcn', 'u-truong-phong-qlcn']);
    expect(agencyHeadCandidates(users, 'vi').map((u) => u.userId)).toEqual(['u-giam-doc', 'u-pho-giam-doc']);
    expect(personLabel(user('u-giam-doc'))).toBe('Nguyễn Văn Thành — Giám đốc Sở');
  });

  it('reads addresses separated by lines, commas, semicolons or spaces', () => {
    expect(parseEmails(' a@x.vn;b@x.vn  c@x.vn\n')).toEqual(['a@x.vn', 'b@x.vn', 'c@x.vn']);
    expect(parseEmails('  \n ')).toEqual([]);
  });
});

describe('user form', () => {
  it('creates a user without a blank title or unit, roles in the model’s order, that the server schema accepts', () => {
    const draft = { ...userDraftOf(), email: ' lan.pham@khcn.example ', fullName: 'Phạm Thị Lan', roles: ['admin' as const, 'reporter' as const] };

    const body = newUserOf(draft);

    expect(body).toEqual({ email: 'lan.pham@khcn.example', fullName: 'Phạm Thị Lan', roles: ['reporter', 'admin'], language: 'vi', conflictedUserIds: [] });
    expect(NewUserSchema.safeParse(body).success).toBe(true);
    expect(newUserOf({ ...draft, title: 'Chuyên viên', unitId: 'van-phong' })).toMatchObject({ title: 'Chuyên viên', unitId: 'van-phong' });
  });

  it('sends only what changed: a cleared title or unit as null, roles and conflicts compared as sets, e-mail case ignored', () => {
    const cuong = user('u-chuyen-vien-qlcn');
    const draft = userDraftOf(cuong);

    expect(userChangesOf(cuong, { ...draft, email: cuong.email.toUpperCase() })).toEqual({});
    expect(userChangesOf(cuong, { ...draft, title: ' ', unitId: '' })).toEqual({ title: null, unitId: null });
    const changes = userChangesOf(cuong, { ...draft, roles: ['office', 'reporter'], conflictedUserIds: ['u-truong-phong-qlcn'], active: false, language: 'en' });
    expect(changes).toEqual({ roles: ['reporter', 'office'], conflictedUserIds: ['u-truong-phong-qlcn'], active: false, language: 'en' });
    expect(UserChangesSchema.safeParse(changes).success).toBe(true);
    expect(userChangesOf({ ...cuong, roles: ['office', 'reporter'] }, { ...draft, roles: ['reporter', 'office'] })).toEqual({});
  });
});

describe('refused directory changes', () => {
  const rule = (details: { path: string; message: string }[]) => new ApiError(409, 'directory-rule', 'Vi phạm quy tắc.', 'Rule broken.', details, undefined);

  it('puts a broken rule beside the field it is about, in the language on screen, and the others above the form', () => {
    const error = rule([
      { path: 'unit-head:quan-ly-cong-nghe', message: 'Trưởng đơn vị “Phòng QLCN” phải là người đang làm việc tại đơn vị đó (Lê Văn Cường không phải). / The head of “Phòng QLCN” must be an active member of that unit (Lê Văn Cường is not).' },
      { path: 'office-head', message: 'Cơ quan phải có Chánh Văn phòng. / The agency must have an office head.' },
    ]);

    expect(directoryFormErrors(error, 'unit', 'vi')).toEqual({
      fields: { headUserId: ['Trưởng đơn vị “Phòng QLCN” phải là người đang làm việc tại đơn vị đó (Lê Văn Cường không phải).'] },
      general: ['Cơ quan phải có Chánh Văn phòng.'],
    });
    expect(directoryFormErrors(error, 'unit', 'en')?.fields.headUserId).toEqual(['The head of “Phòng QLCN” must be an active member of that unit (Lê Văn Cường is not).']);
    expect(directoryFormErrors(rule([{ path: 'inactive-unit-members:x', message: 'a / b' }]), 'unit', 'vi')?.fields).toEqual({ active: ['a'] });
    expect(directoryFormErrors(rule([{ path: 'reporter-unit:u1', message: 'a / b' }]), 'user', 'en')?.fields).toEqual({ unitId: ['b'] });
    expect(directoryFormErrors(rule([{ path: 'agency-head', message: 'a / b' }]), 'agency', 'vi')?.fields).toEqual({ headUserId: ['a'] });
  });

  it('shows a taken e-mail at the e-mail field with the error’s own message, not its detail', () => {
    const error = new ApiError(409, 'email-taken', 'Địa chỉ x@khcn.example đã được dùng cho một tài khoản khác.', 'x@khcn.example is already used by another account.', [{ path: 'body.email', message: 'x@khcn.example' }], undefined);

    expect(directoryFormErrors(error, 'user', 'vi')).toEqual({ fields: { email: ['Địa chỉ x@khcn.example đã được dùng cho một tài khoản khác.'] }, general: [] });
    expect(directoryFormErrors(error, 'user', 'en')?.fields.email).toEqual(['x@khcn.example is already used by another account.']);
  });

  it('maps validation paths of a new record and of a change to the field', () => {
    const error = new ApiError(
      400,
      'invalid-input',
      'Dữ liệu không hợp lệ',
      'Invalid input',
      [
        { path: 'body.changes.reportingEmails.1', message: 'Địa chỉ e-mail không hợp lệ / Invalid e-mail address' },
        { path: 'body.reason', message: 'Quá ngắn / Too short' },
        { path: 'body.user.roles', message: 'Chọn ít nhất một vai trò / Choose at least one role' },
      ],
      undefined,
    );

    expect(directoryFormErrors(error, 'unit', 'vi')?.fields).toEqual({ reportingEmails: ['Địa chỉ e-mail không hợp lệ'], reason: ['Quá ngắn'], roles: ['Chọn ít nhất một vai trò'] });
  });

  it('leaves a version conflict or a network failure to be shown whole', () => {
    expect(directoryFormErrors(new ApiError(409, 'version-conflict', 'Đơn vị vừa được người khác thay đổi.', 'Changed by someone else.', [], undefined), 'unit', 'vi')).toBeNull();
    expect(directoryFormErrors(new ConnectionError('down'), 'user', 'vi')).toBeNull();
  });
});

describe('change history', () => {
  const names = directoryNames(demoUnits, [...demoUsers, { userId: 'u-lan', fullName: 'Phạm Thị Lan' }], 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
  const vi: Translate = (key, params) => translate('vi', key, params);
  const en: Translate = (key, params) => translate('en', key, params);
  const event = (over: Partial<DirectoryEvent>): DirectoryEvent => ({
    agencyId: 'so-khcn-quang-ngai',
    eventId: '01',
    at: '2026-11-16T02:05:00Z',
    by: 'u-quan-tri',
    action: 'unit.changed',
    target: { kind: 'unit', id: 'quan-ly-cong-nghe' },
    reason: 'Điều động cán bộ',
    changes: [],
    ...over,
  });

  it('says when in Vietnam, who by name, what with labels and names, and why', () => {
    const line = eventLine(event({ changes: [{ field: 'headUserId', from: 'u-truong-phong-qlcn', to: 'u-lan' }, { field: 'active', from: true, to: false }] }), names, vi);

    expect(line).toEqual({
      id: '01',
      at: '16/11/2026 09:05',
      by: 'Huỳnh Minh Tuấn',
      what: 'Sửa đơn vị Phòng Quản lý công nghệ và Sở hữu trí tuệ',
      changes: [
        { field: 'Trưởng đơn vị', from: 'Trần Minh Đức', to: 'Phạm Thị Lan' },
        { field: 'Trạng thái', from: 'Đang hoạt động', to: 'Ngừng hoạt động' },
      ],
      reason: 'Điều động cán bộ',
    });
  });

  it('lists what a creation set without ids or empty values, with roles, units, conflicts and language by their labels', () => {
    const line = eventLine(
      event({
        action: 'user.created',
        target: { kind: 'user', id: 'u-lan' },
        changes: [
          { field: 'agencyId', from: null, to: 'so-khcn-quang-ngai' },
          { field: 'userId', from: null, to: 'u-lan' },
          { field: 'fullName', from: null, to: 'Phạm Thị Lan' },
          { field: 'roles', from: null, to: ['reporter', 'office'] },
          { field: 'unitId', from: null, to: 'quan-ly-cong-nghe' },
          { field: 'conflictedUserIds', from: null, to: [] },
          { field: 'language', from: null, to: 'en' },
          { field: 'title', from: null, to: null },
        ],
      }),
      names,
      en,
    );

    expect(line.what).toBe('User Phạm Thị Lan created');
    expect(line.changes).toEqual([
      { field: 'Full name', from: null, to: 'Phạm Thị Lan' },
      { field: 'Roles', from: null, to: 'Unit reporter, Department office' },
      { field: 'Unit', from: null, to: 'Phòng Quản lý công nghệ và Sở hữu trí tuệ' },
      { field: 'Interface language', from: null, to: 'English' },
    ]);
  });

  it('names the agency’s head, the seed as the system, and an emptied field as empty', () => {
    const line = eventLine(event({ by: 'system', action: 'agency.changed', target: { kind: 'agency', id: 'so-khcn-quang-ngai' }, changes: [{ field: 'headUserId', from: 'u-giam-doc', to: null }] }), names, vi);

    expect(line.by).toBe('Hệ thống');
    expect(line.what).toBe('Sửa thông tin cơ quan Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
    expect(line.changes).toEqual([{ field: 'Thủ trưởng cơ quan', from: 'Nguyễn Văn Thành', to: '(trống)' }]);
  });

  it('tells a reorganisation by its dates, former names and the units that took the work over', () => {
    const line = eventLine(
      event({
        action: 'unit.merged',
        target: { kind: 'unit', id: 'quan-ly-khoa-hoc' },
        changes: [
          { field: 'endedOn', from: null, to: '2026-12-01' },
          { field: 'successorUnitIds', from: null, to: ['quan-ly-cong-nghe'] },
          { field: 'formerNames', from: null, to: [{ name: 'Phòng Quản lý chuyên ngành', until: '2025-07-01' }] },
        ],
      }),
      names,
      vi,
    );

    expect(line.what).toBe('Hợp nhất, sáp nhập đơn vị Phòng Quản lý khoa học');
    expect(line.changes).toEqual([
      { field: 'Ngày thôi hoạt động', from: '(trống)', to: '01/12/2026' },
      { field: 'Đơn vị tiếp nhận', from: '(trống)', to: QLCN_NAME },
      { field: 'Tên cũ', from: '(trống)', to: 'Phòng Quản lý chuyên ngành (đến 01/07/2025)' },
    ]);
  });

  it('keeps the events about the page’s records, newest first', () => {
    const events = [event({ eventId: 'a', at: '2026-11-16T01:00:00Z' }), event({ eventId: 'b', target: { kind: 'user', id: 'u-lan' } }), event({ eventId: 'c', at: '2026-11-16T03:00:00Z', target: { kind: 'agency', id: 'x' } })];

    expect(eventsAbout(events, ['agency', 'unit']).map((e) => e.eventId)).toEqual(['c', 'a']);
    expect(eventsAbout(events, ['user']).map((e) => e.eventId)).toEqual(['b']);
  });
});
