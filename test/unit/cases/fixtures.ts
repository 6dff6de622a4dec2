import type { Actor } from '../../../shared/access/policy.ts';
import { addDays } from '../../../shared/deadlines/civil-date.ts';
import { vnDefaults } from '../../../shared/deadlines/preview.ts';
import { type CaseCommand, transition } from '../../../shared/cases/lifecycle.ts';
import type { CaseRegistrationInput, CaseType, CitizenCase } from '../../../shared/cases/model.ts';
import { type RegistrationContext, type RegistrationResult, registerCase } from '../../../shared/cases/registration.ts';
import type { Role } from '../../../shared/organization/model.ts';

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
    ...(type === 'to-cao' ? { officialConcerned: { userId: 'u-accused', name: 'Trần Văn Bình', position: 'Chuyên viên', unitId: 'phong-qlkh' } } : {}),
    ...overrides,
  };
}

export function register(input: CaseRegistrationInput, ctx: Partial<RegistrationContext> = {}): RegistrationResult {
  return registerCase(input, {
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
