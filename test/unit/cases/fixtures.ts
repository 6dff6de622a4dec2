import type { Actor } from '../../../shared/access/policy.ts';
import { addDays } from '../../../shared/deadlines/civil-date.ts';
import { vnDefaults } from '../../../shared/deadlines/preview.ts';
import { type CaseCommand, transition } from '../../../shared/cases/lifecycle.ts';
import type { CaseRegistrationInput, CaseType, CitizenCase } from '../../../shared/cases/model.ts';
import { type RegistrationContext, type RegistrationResult, registerCase } from '../../../shared/cases/registration.ts';
import { Directory } from '../../../shared/organization/directory.ts';
import type { Role, Unit, User } from '../../../shared/organization/model.ts';
import { OfficialInputSchema, resolveOfficial } from '../../../shared/organization/official.ts';

export const { calendar, ruleSet } = vnDefaults();
export const AGENCY = 'so-khcn-quang-ngai';

/** An instant at a local (UTC+7) time: `vn('2025-03-03')` → 09:00 in Hà Nội that day. */
export const vn = (date: string, time = '09:00'): string => `${date}T${time}:00+07:00`;

export const user = (userId: string, roles: Role[], unitId?: string): Actor => ({
  userId,
  email: `${userId}@so-khcn.example`,
  agencyId: AGENCY,
  roles,
  ...(unitId ? { unitId } : {}),
});

export const officer = user('u-office', ['office'], 'van-phong');

const unitOf = (unitId: string, headUserId: string, kind: Unit['kind'] = 'division'): Unit => ({ agencyId: AGENCY, unitId, name: `Đơn vị ${unitId}`, kind, headUserId, reportingEmails: [], active: true, version: 0 });
const person = (userId: string, fullName: string, roles: Role[], unitId?: string): User => ({
  agencyId: AGENCY,
  userId,
  email: `${userId}@so-khcn.example`,
  fullName,
  roles,
  ...(unitId ? { unitId } : {}),
  language: 'vi',
  conflictedUserIds: [],
  active: true,
  version: 0,
});

/** A small directory: the accused official of the fixtures works in `phong-qlkh`, headed by `u-head-qlkh`. */
export const directory = new Directory(
  { agencyId: AGENCY, name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', province: 'Quảng Ngãi', placeName: 'Quảng Ngãi', timezone: 'Asia/Ho_Chi_Minh', headUserId: 'u-director', version: 0 },
  [unitOf('phong-qlkh', 'u-head-qlkh'), unitOf('van-phong', 'u-office', 'office'), unitOf('thanh-tra', 'u-inspector', 'inspectorate')],
  [
    person('u-accused', 'Trần Văn Bình', ['reporter'], 'phong-qlkh'),
    person('u-head-qlkh', 'Ngô Thị Hạnh', ['reporter'], 'phong-qlkh'),
    person('u-office', 'Lê Thị Thu Hà', ['office'], 'van-phong'),
    person('u-inspector', 'Võ Đình Khoa', ['inspector'], 'thanh-tra'),
    person('u-inspector-2', 'Đặng Thị Lan', ['inspector'], 'thanh-tra'),
    person('u-director', 'Nguyễn Văn Thành', ['leader']),
    person('u-admin', 'Huỳnh Minh Tuấn', ['admin'], 'van-phong'),
  ],
);

export const PETITIONER = {
  name: 'Nguyễn Văn An',
  address: '12 Lê Lợi, phường Nghĩa Chánh, Quảng Ngãi',
  phone: '0905 123 456',
  email: 'an.nguyen@example.com',
  idNumber: '051090001234',
};

/** A valid registration of `type`, received at `receivedAt`. */
export function registration(type: CaseType, receivedAt: string, overrides: Partial<CaseRegistrationInput> = {}): CaseRegistrationInput {
  return {
    type,
    channel: 'truc-tiep',
    receivedAt,
    petitioner: PETITIONER,
    subject: 'Khiếu nại việc chậm cấp giấy chứng nhận',
    content: 'Tôi nộp hồ sơ đề nghị cấp giấy chứng nhận từ tháng 01 nhưng đến nay chưa được giải quyết, cũng không được thông báo lý do.',
    ...(type === 'to-cao' ? { officialConcerned: { kind: 'directory', userId: 'u-accused' } } : {}),
    ...overrides,
  };
}

/** Registers as the service does: the official named is resolved against {@link directory} first. */
export function register(input: CaseRegistrationInput, ctx: Partial<RegistrationContext> = {}): RegistrationResult {
  const entered = OfficialInputSchema.safeParse(input.officialConcerned);
  const official = entered.success ? resolveOfficial(entered.data, directory, 'officialConcerned') : undefined;
  return registerCase(input, {
    official,
    id: 'case-1',
    agencyId: AGENCY,
    at: input.receivedAt,
    registeredBy: officer.userId,
    source: 'office-form',
    openCases: [],
    calendar,
    ruleSet,
    ...ctx,
  });
}

/** Applies commands one local day apart, starting the day after `from`. */
export function apply(c: CitizenCase, commands: CaseCommand[], from: string, actor: Actor = officer): CitizenCase {
  return commands.reduce((acc, command, i) => transition(acc, command, vn(addDays(from, i + 1)), actor, ruleSet, calendar).case, c);
}
