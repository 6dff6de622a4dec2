import { describe, expect, it } from 'vitest';
import { CaseCommandSchema } from '../../../shared/cases/lifecycle.ts';
import { MISCONDUCT_COMMANDS, MisconductCommandSchema } from '../../../shared/cases/misconduct.ts';
import { CASE_TYPES, CaseRegistrationSchema, type CaseDeadline } from '../../../shared/cases/model.ts';
import { CASE_COMMANDS } from '../../../shared/cases/lifecycle.ts';
import { alertLink, filterAlerts, readAlertFilters, stageLabel, stagesOf } from '../../../web/src/features/cases/alerts.ts';
import { CASE_ROUTES } from '../../../shared/http/routes/cases.ts';
import { routeUrl } from '../../../web/src/api/client.ts';
import { caseQuery, cleanTrackingCode, deadlineRows, limitationEnds, nextDeadline, readCaseFilters } from '../../../web/src/features/cases/case-list.ts';
import { buildCommand, caseCommandFields, misconductCommandFields } from '../../../web/src/features/cases/commands.ts';
import { messageIn } from '../../../web/src/api/field-errors.ts';
import { draftFieldOf, emptyDraft, registrationErrors, toRegistration } from '../../../web/src/features/cases/registration-form.ts';
import { choiceLabel, namesakesOf, officialChoices, officialText, reportedOfficialOf } from '../../../web/src/features/cases/official.ts';
import { ApiError } from '../../../web/src/api/errors.ts';
import { PublicCaseFormSchema } from '../../../shared/cases/views.ts';
import { demoUnits, demoUsers } from '../../../shared/demo/organization.ts';
import { en, vi } from '../../../web/src/i18n/dictionaries.ts';

const deadline = (step: CaseDeadline['step'], due: string | null, status: CaseDeadline['status'] = 'open'): CaseDeadline => ({
  step,
  ruleId: 'r',
  input: { ruleId: 'r', trigger: '2026-11-16', variants: [], extensions: [], suspensions: [] },
  ruleVersion: '1',
  due,
  // Due instant: 00:00 in Vietnam the day after the last day.
  dueInstant: due ? new Date(Date.parse(`${due}T17:00:00Z`)).toISOString() : null,
  status,
});

describe('registration form', () => {
  it('starts from today in Vietnam, whatever the browser zone', () => {
    const draft = emptyDraft(new Date('2026-11-15T18:30:00Z'));

    expect(draft.receivedDate).toBe('2026-11-16');
    expect(draft.receivedTime).toBe('01:30');
  });

  it('builds a body the server schema accepts, with the receipt time in Vietnam and empty fields left out', () => {
    const draft = { ...emptyDraft(new Date('2026-11-16T02:00:00Z')), name: ' Nguyễn Văn An ', address: 'Quảng Ngãi', subject: 'Khiếu nại', content: 'Nội dung', actKnownOn: '2026-11-02', receivedTime: '08:30' };

    const body = toRegistration(draft);

    expect(body.receivedAt).toBe('2026-11-16T08:30:00+07:00');
    expect(body.petitioner).toEqual({ name: 'Nguyễn Văn An', address: 'Quảng Ngãi' });
    expect(body.filingFacts).toEqual({ actKnownOn: '2026-11-02' });
    expect(body).not.toHaveProperty('forwardedBy');
    expect(body).not.toHaveProperty('officialConcerned');
    expect(CaseRegistrationSchema.safeParse(body).success).toBe(true);
  });

  it('drops what does not apply to the type or channel instead of sending it to be refused', () => {
    const base = {
      ...emptyDraft(new Date('2026-11-16T02:00:00Z')),
      subject: 's',
      content: 'c',
      officialKind: 'directory' as const,
      officialUserId: 'u-chuyen-vien-qlcn',
      variants: ['complex' as const, 'remote' as const],
      forwardedName: 'Báo Quảng Ngãi',
    };

    for (const type of CASE_TYPES) {
      const body = toRegistration({ ...base, type });
      expect(CaseRegistrationSchema.safeParse(body).success, type).toBe(true);
    }
    expect(toRegistration({ ...base, type: 'kien-nghi-phan-anh' }).variants).toEqual([]);
    expect(toRegistration({ ...base, type: 'to-cao' }).officialConcerned).toEqual({ kind: 'directory', userId: 'u-chuyen-vien-qlcn' });
    expect(toRegistration({ ...base, type: 'yeu-cau-thong-tin' })).not.toHaveProperty('officialConcerned');
    expect(toRegistration({ ...base, channel: 'chuyen-den' }).forwardedBy).toEqual({ kind: 'body', name: 'Báo Quảng Ngãi' });
  });

  it('sends no identity at all for an anonymous letter', () => {
    const body = toRegistration({ ...emptyDraft(new Date()), anonymous: true, name: 'typed before ticking', subject: 's', content: 'c' });

    expect(body.petitioner).toEqual({});
    expect(body.anonymous).toBe(true);
  });

  it('maps error details to the form field they are about', () => {
    expect(draftFieldOf('body.officialConcerned.reason')).toBe('officialReason');
    expect(draftFieldOf('body.officialConcerned.userId')).toBe('officialUserId');
    expect(draftFieldOf('body.officialConcerned.organisation')).toBe('officialOrganisation');
    expect(draftFieldOf('body.officialConcerned.notSameAs')).toBe('officialNotSameAs');
    expect(draftFieldOf('body.officialConcerned')).toBe('officialKind');
    expect(draftFieldOf('body.petitioner.phone')).toBe('phone');
    expect(draftFieldOf('filingFacts.actKnownOn')).toBe('actKnownOn');
    expect(draftFieldOf('body.receivedAt')).toBe('receivedDate');
    expect(draftFieldOf('body.forwardedBy')).toBe('forwardedName');
    expect(draftFieldOf('body.somethingElse')).toBeNull();
    expect(messageIn('Số điện thoại không hợp lệ / Invalid phone number', 'en')).toBe('Invalid phone number');
    expect(messageIn('Số điện thoại không hợp lệ / Invalid phone number', 'vi')).toBe('Số điện thoại không hợp lệ');
  });
});

describe('official concerned', () => {
  const draft = { ...emptyDraft(new Date('2026-11-16T02:00:00Z')), type: 'to-cao' as const, subject: 'Tố cáo', content: 'Nội dung' };
  const unitName = (unitId: string) => demoUnits.find((unit) => unit.unitId === unitId)?.name;

  it('sends no official when none is chosen, whatever was typed before', () => {
    const body = toRegistration({ ...draft, officialKind: 'none', officialName: 'Lê Văn Cường', officialUserId: 'u-chuyen-vien-qlcn' });

    expect(body).not.toHaveProperty('officialConcerned');
  });

  it('sends a directory official by id only: the server copies name, position and unit from the directory', () => {
    const body = toRegistration({ ...draft, officialKind: 'directory', officialUserId: 'u-chuyen-vien-qlcn', officialName: 'typed before switching' });

    expect(body.officialConcerned).toEqual({ kind: 'directory', userId: 'u-chuyen-vien-qlcn' });
    expect(CaseRegistrationSchema.safeParse(body).success).toBe(true);
  });

  it('sends a person outside the agency with the reason and the namesakes they are not, blank fields left out', () => {
    const body = toRegistration({
      ...draft,
      officialKind: 'outside',
      officialName: ' Lê Văn Cường ',
      officialPosition: '',
      officialOrganisation: 'UBND xã Tịnh Khê',
      officialReason: 'Cán bộ cấp xã, không thuộc Sở',
      officialNotSameAs: ['u-chuyen-vien-qlcn', 'u-chuyen-vien-qlcn'],
    });

    expect(body.officialConcerned).toEqual({ kind: 'outside', name: 'Lê Văn Cường', organisation: 'UBND xã Tịnh Khê', reason: 'Cán bộ cấp xã, không thuộc Sở', notSameAs: ['u-chuyen-vien-qlcn'] });
    expect(CaseRegistrationSchema.safeParse(body).success).toBe(true);
  });

  it('sends an incomplete outside person as typed, so the server names the missing reason beside its field', () => {
    const body = toRegistration({ ...draft, officialKind: 'outside', officialName: 'Nguyễn Văn Tư' });

    const parsed = CaseRegistrationSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => draftFieldOf(['body', ...issue.path.map(String)].join('.')))).toContain('officialReason');
  });

  it('finds directory namesakes ignoring case, diacritics and spacing, and nobody for a blank name', () => {
    expect(namesakesOf('le van  CUONG', demoUsers).map((user) => user.userId)).toEqual(['u-chuyen-vien-qlcn']);
    expect(namesakesOf('Lê Văn Cường', demoUsers).map((user) => user.userId)).toEqual(['u-chuyen-vien-qlcn']);
    expect(namesakesOf('Lê Văn', demoUsers)).toEqual([]);
    expect(namesakesOf('  ', demoUsers)).toEqual([]);
  });

  it('offers active users to pick, searched by name, title or unit without diacritics, keeping the chosen one', () => {
    const users = [...demoUsers, { ...demoUsers[0]!, userId: 'u-cu', fullName: 'Lê Văn Cũ', active: false }];

    expect(officialChoices(users, 'cuong', unitName).map((user) => user.userId)).toEqual(['u-chuyen-vien-qlcn']);
    expect(officialChoices(users, 'quan ly cong nghe', unitName).map((user) => user.userId)).toEqual(expect.arrayContaining(['u-truong-phong-qlcn', 'u-chuyen-vien-qlcn', 'u-bao-cao-qlcn']));
    expect(officialChoices(users, '', unitName).map((user) => user.userId)).not.toContain('u-cu');
    expect(officialChoices(users, 'thanh tra', unitName, 'u-chuyen-vien-qlcn').map((user) => user.userId)).toContain('u-chuyen-vien-qlcn');
    expect(choiceLabel(demoUsers.find((user) => user.userId === 'u-chuyen-vien-qlcn')!, unitName)).toBe(
      'Lê Văn Cường — Chuyên viên thẩm định Phòng Quản lý công nghệ và SHTT — Phòng Quản lý công nghệ và Sở hữu trí tuệ',
    );
  });

  it('shows a refused namesake as one message at the name, not the ids its details carry', () => {
    const error = new ApiError(400, 'ambiguous-official', 'Tên “Lê Văn Cường” trùng với cán bộ trong danh bạ', 'The name “Lê Văn Cường” matches someone in the directory', [{ path: 'body.officialConcerned.notSameAs', message: 'u-chuyen-vien-qlcn' }], undefined);

    expect(registrationErrors(error, 'vi')).toEqual({ fields: { officialName: ['Tên “Lê Văn Cường” trùng với cán bộ trong danh bạ'] }, general: [] });
    expect(registrationErrors(error, 'en').fields.officialName).toEqual(['The name “Lê Văn Cường” matches someone in the directory']);
    const invalid = new ApiError(400, 'invalid-input', 'Dữ liệu không hợp lệ', 'Invalid input', [{ path: 'body.officialConcerned.reason', message: 'Bắt buộc nhập / Required' }, { path: 'body.other', message: 'Sai / Wrong' }], undefined);
    expect(registrationErrors(invalid, 'en')).toEqual({ fields: { officialReason: ['Required'] }, general: ['Wrong'] });
  });

  it('sends the public form a citizen’s words about an official only when they wrote some', () => {
    expect(reportedOfficialOf({ name: ' Lê Văn C ', position: '', unitName: 'Phòng Quản lý công nghệ' })).toEqual({ name: 'Lê Văn C', unitName: 'Phòng Quản lý công nghệ' });
    expect(reportedOfficialOf({ name: ' ', position: '', unitName: '' })).toBeUndefined();
    const form = { type: 'to-cao', anonymous: false, petitioner: { name: 'Trần Văn Bình' }, subject: 's', content: 'c', officialConcerned: reportedOfficialOf({ name: 'Lê Văn C', position: 'Chuyên viên', unitName: '' }) };
    expect(PublicCaseFormSchema.safeParse(form).success).toBe(true);
  });

  it('describes each kind of official in one line', () => {
    expect(officialText({ kind: 'directory', userId: 'u', name: 'Lê Văn Cường', position: 'Chuyên viên', unitId: 'qlcn', unitName: 'Phòng QLCN' })).toBe('Lê Văn Cường, Chuyên viên — Phòng QLCN');
    expect(officialText({ kind: 'outside', name: 'Nguyễn Văn Tư', organisation: 'UBND xã', reason: 'r', notSameAs: [] })).toBe('Nguyễn Văn Tư — UBND xã');
    expect(officialText({ kind: 'reported', unitName: 'Phòng QLCN' })).toBe('Phòng QLCN');
    expect(officialText({ kind: 'reported' })).toBe('—');
  });
});

describe('command forms', () => {
  it('has a form for every citizen-case command, whose output the server schema accepts', () => {
    const sample: Record<string, string> = { documentRef: 'QĐ 12/QĐ-SKHCN', to: 'UBND tỉnh', reason: 'other', text: 'Lý do', days: '30', outcome: 'upheld', publicSummary: 'Tóm tắt', decidedOn: '2026-11-16' };
    for (const type of CASE_COMMANDS) {
      const fields = caseCommandFields(type, 'to-cao');
      const values = Object.fromEntries(fields.map((f) => [f.name, type === 'refuse' && f.name === 'reason' ? 'not-held' : type === 'resume' && f.name === 'reason' ? 'Hết căn cứ' : type === 'transfer' && f.name === 'reason' ? 'Không thuộc thẩm quyền' : type === 'close' ? 'Kết thúc' : (sample[f.name] ?? '')]));
      const { command, missing } = buildCommand(type, fields, values);
      expect(missing, type).toEqual([]);
      expect(CaseCommandSchema.safeParse(command).success, type).toBe(true);
    }
  });

  it('has a form for every misconduct command, whose output the server schema accepts', () => {
    const sample: Record<string, string> = { inspectorUserId: 'u-thanh-tra-vien', reason: 'Không có căn cứ', findings: 'Đã xác minh', summary: 'Kết luận', documentRef: 'KL 3', minutesRef: 'BB 1', form: 'khien-trach' };
    for (const type of MISCONDUCT_COMMANDS) {
      const fields = misconductCommandFields(type);
      expect(fields.length, type).toBeGreaterThan(0);
      const { command, missing } = buildCommand(type, fields, Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.name, sample[f.name] ?? ''])));
      expect(missing, type).toEqual([]);
      expect(MisconductCommandSchema.safeParse(command).success, type).toBe(true);
    }
  });

  it('leaves blank optional fields out, sends numbers as numbers, and names missing required fields', () => {
    const fields = caseCommandFields('extend', 'to-cao');

    expect(buildCommand('extend', fields, { days: '30', reason: ' phức tạp ', documentRef: 'QĐ 12', decidedOn: '' })).toEqual({
      command: { type: 'extend', days: 30, reason: 'phức tạp', documentRef: 'QĐ 12' },
      missing: [],
    });
    // The decision's number is optional: without it, the office issues the decision from the case page.
    expect(buildCommand('extend', fields, { days: '30' }).missing).toEqual(['reason']);
    expect(buildCommand('resolve', caseCommandFields('resolve', 'to-cao'), { outcome: 'upheld' }).missing).toEqual(['publicSummary']);
  });

  it('offers only the outcomes the type allows', () => {
    expect(caseCommandFields('resolve', 'kien-nghi-phan-anh').find((f) => f.name === 'outcome')?.options).toEqual(['answered']);
    expect(caseCommandFields('resolve', 'khieu-nai-lan-1').find((f) => f.name === 'outcome')?.options).toContain('partly-upheld');
  });

  it('labels every command, field and status in both languages', () => {
    for (const type of CASE_COMMANDS) expect(vi).toHaveProperty(`case.command.${type}`);
    for (const type of MISCONDUCT_COMMANDS) expect(en).toHaveProperty(`misconduct.command.${type}`);
    const names = new Set([...CASE_COMMANDS.flatMap((c) => caseCommandFields(c, 'to-cao')), ...MISCONDUCT_COMMANDS.flatMap((c) => misconductCommandFields(c))].map((f) => f.name));
    for (const name of names) expect(vi).toHaveProperty(`command.field.${name}`);
  });
});

describe('case list', () => {
  it('reads the filters from the address and drops unknown values', () => {
    expect(readCaseFilters('type=to-cao&status=accepted&due=overdue&unitId=van-phong')).toEqual({ type: 'to-cao', status: 'accepted', due: 'overdue', unitId: 'van-phong' });
    expect(readCaseFilters('type=bogus&due=later')).toEqual({ type: '', status: '', due: '', unitId: '' });
  });

  it('asks the API with the filters that are set only', () => {
    expect(routeUrl(CASE_ROUTES.listCases, {}, caseQuery({ type: 'to-cao', status: '', due: 'soon', unitId: '' }))).toBe('/cases?type=to-cao&due=soon');
    expect(routeUrl(CASE_ROUTES.listCases, {}, caseQuery({ type: '', status: '', due: '', unitId: '' }))).toBe('/cases');
  });

  it('picks the first open deadline, ignoring closed and suspended ones', () => {
    const next = nextDeadline([deadline('acceptance', '2026-11-25', 'met'), deadline('resolution', '2026-12-16'), deadline('notification', null), deadline('transfer', '2026-12-01')]);

    expect(next?.step).toBe('transfer');
    expect(nextDeadline([deadline('acceptance', '2026-11-25', 'met')])).toBeNull();
  });

  it('lists the steps open first, with days left and the tracked deadline to explain each', () => {
    const rows = deadlineRows([deadline('acceptance', '2026-11-25', 'met'), deadline('resolution', '2026-12-16')], { resolution: 'dl-9' }, new Date('2026-11-16T02:00:00Z'));

    expect(rows.map((r) => [r.step, r.days, r.deadlineId])).toEqual([
      ['resolution', 30, 'dl-9'],
      ['acceptance', null, null],
    ]);
  });

  it('ends thời hiệu 5 and 10 years after the violation, 29 February on 28 February', () => {
    expect(limitationEnds('2026-10-20')).toEqual({ reprimand: '2031-10-20', other: '2036-10-20' });
    expect(limitationEnds('2024-02-29')).toEqual({ reprimand: '2029-02-28', other: '2034-02-28' });
  });

  it('puts a typed tracking code in its canonical shape', () => {
    expect(cleanTrackingCode(' dv btbw jjyu z7pd wxy4 szzf ')).toBe('DV-BTBW-JJYU-Z7PD-WXY4-SZZF');
    expect(cleanTrackingCode('BTBW.JJYU.Z7PD.WXY4.SZZF')).toBe('DV-BTBW-JJYU-Z7PD-WXY4-SZZF');
    expect(cleanTrackingCode('abc')).toBe('ABC');
  });
});

describe('alert log', () => {
  const alert = (over: Partial<{ stage: string; status: 'pending' | 'sent'; sentAt: string; createdAt: string }>) => ({ stage: 'remind-7', status: 'sent' as const, createdAt: '2026-11-17T02:00:00Z', ...over });

  it('names the ladder stages in both languages, and keeps an unknown stage as it is', () => {
    expect(stageLabel('remind-7')).toEqual({ vi: 'Còn 7 ngày', en: '7 days left' });
    expect(stageLabel('escalate-7').vi).toContain('Lãnh đạo');
    expect(stageLabel('custom-2')).toEqual({ vi: 'custom-2', en: 'custom-2' });
    expect(stagesOf([alert({ stage: 'overdue' }), alert({ stage: 'remind-14' }), alert({ stage: 'zzz' })])).toEqual(['remind-14', 'overdue', 'zzz']);
  });

  it('links an alert to the item it is about', () => {
    expect(alertLink({ kind: 'deadline-case', subjectRef: 'dl 1' })).toBe('/deadlines/dl%201');
    expect(alertLink({ kind: 'obstacle', subjectRef: 'ob-1' })).toBe('/obstacles');
    expect(alertLink({ kind: 'digest', subjectRef: '2026-W47' })).toBeNull();
  });

  it('filters by status and stage, latest first', () => {
    const items = [
      alert({ stage: 'remind-7', sentAt: '2026-11-17T02:05:00Z' }),
      alert({ stage: 'overdue', sentAt: '2026-11-20T02:05:00Z' }),
      alert({ stage: 'remind-7', status: 'pending', createdAt: '2026-11-18T02:00:00Z' }),
    ];

    expect(filterAlerts(items, readAlertFilters('')).map((a) => a.sentAt ?? a.createdAt)).toEqual(['2026-11-20T02:05:00Z', '2026-11-18T02:00:00Z', '2026-11-17T02:05:00Z']);
    expect(filterAlerts(items, readAlertFilters('status=pending'))).toHaveLength(1);
    expect(filterAlerts(items, readAlertFilters('stage=remind-7&status=sent'))).toHaveLength(1);
    expect(readAlertFilters('status=bogus')).toEqual({ status: '', stage: '' });
  });
});
