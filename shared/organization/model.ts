import * as z from 'zod';
import { requiredText } from '../text-schema.ts';
import { CivilDateSchema } from '../deadlines/civil-date.ts';
import { VN_TIME_ZONE } from '../time-zone.ts';

/** Roles, as Cognito groups in AWS and as claims of the development sign-in locally. */
export const ROLES = ['reporter', 'office', 'leader', 'inspector', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  reporter: { vi: 'Cán bộ báo cáo của đơn vị', en: 'Unit reporter' },
  office: { vi: 'Văn phòng Sở', en: 'Department office' },
  leader: { vi: 'Lãnh đạo Sở', en: 'Leadership' },
  inspector: { vi: 'Thanh tra, kiểm tra công vụ', en: 'Inspector' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};

const slug = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang / lowercase letters, digits and hyphens');

export const AgencyIdSchema = slug;
export const UnitIdSchema = slug;

export const AgencySchema = z.object({
  agencyId: AgencyIdSchema,
  name: z.string().min(3).max(200),
  shortName: z.string().min(2).max(40),
  province: z.string().min(2).max(100),
  /** Place name used in the dateline of official documents ("Quảng Ngãi, ngày … tháng … năm …"). */
  placeName: z.string().min(2).max(100),
  parentBody: z.string().max(200).optional(),
  timezone: z.literal(VN_TIME_ZONE),
  /** The head of the agency (Thủ trưởng, e.g. Giám đốc Sở): resolves denunciations, so may know the denouncer. */
  headUserId: z.string().optional(),
  version: z.number().int().nonnegative().default(0),
});
export type Agency = z.infer<typeof AgencySchema>;

export const UnitKindSchema = z.enum(['office', 'division', 'inspectorate', 'centre', 'union']);

export const UnitSchema = z.object({
  agencyId: AgencyIdSchema,
  unitId: UnitIdSchema,
  name: z.string().min(3).max(200),
  kind: UnitKindSchema,
  /** User id of the head of unit (trưởng đơn vị): receives escalations, is recused from misconduct cases. */
  headUserId: z.string().optional(),
  /** Addresses the unit may send reports from. */
  reportingEmails: z.array(z.email()).max(20),
  active: z.boolean(),
  /** Names the unit had, each until the day (exclusive) a new name took effect: documents of a past period use the name of then. */
  formerNames: z.array(z.object({ name: z.string(), until: CivilDateSchema })).optional(),
  /** The day a unit made by a merger or a split started. */
  startedOn: CivilDateSchema.optional(),
  /** The day a unit merged into another or split ceased to exist; its work went to `successorUnitIds`. */
  endedOn: CivilDateSchema.optional(),
  successorUnitIds: z.array(UnitIdSchema).optional(),
  predecessorUnitIds: z.array(UnitIdSchema).optional(),
  version: z.number().int().nonnegative(),
});
export type Unit = z.infer<typeof UnitSchema>;

/** The unit's name on `date`: `unitNameOn(renamed, '2024-05-01')` → the name it had then. */
export function unitNameOn(unit: Pick<Unit, 'name' | 'formerNames'>, date: string): string {
  return [...(unit.formerNames ?? [])].sort((a, b) => a.until.localeCompare(b.until)).find((f) => date < f.until)?.name ?? unit.name;
}

export const LanguageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const UserSchema = z.object({
  agencyId: AgencyIdSchema,
  userId: z.string().min(1).max(128),
  email: z.email(),
  fullName: z.string().min(2).max(120),
  title: z.string().max(120).optional(),
  roles: z.array(RoleSchema).min(1),
  /** The unit the user belongs to; a reporter is bound to it. */
  unitId: UnitIdSchema.optional(),
  language: LanguageSchema,
  /** Declared conflicts of interest (a relative, a business partner): these users never see a record naming this user. */
  conflictedUserIds: z.array(z.string().min(1).max(128)).max(50).default([]),
  active: z.boolean(),
  version: z.number().int().nonnegative(),
});
export type User = z.infer<typeof UserSchema>;

const m = (vi: string, en: string) => ({ error: `${vi} / ${en}` });
const name = (min: number, max: number, vi: string, en: string) => requiredText(vi, en, { min, max });
const email = z.email(m('Địa chỉ e-mail không hợp lệ', 'Invalid e-mail address')).transform((e) => e.toLowerCase());
const userRef = z.string().min(1).max(128);

/** Why a change to the directory is made: kept with the change, shown in its history. */
export const ChangeReasonSchema = name(3, 500, 'Lý do thay đổi', 'Reason for the change');

export const NewUnitSchema = z.object({
  unitId: UnitIdSchema,
  name: name(3, 200, 'Tên đơn vị', 'Unit name'),
  kind: UnitKindSchema,
  headUserId: userRef.optional(),
  reportingEmails: z.array(email).max(20).default([]),
});
export type NewUnit = z.input<typeof NewUnitSchema>;

export const UnitChangesSchema = z
  .object({
    name: name(3, 200, 'Tên đơn vị', 'Unit name'),
    kind: UnitKindSchema,
    headUserId: userRef.nullable(),
    reportingEmails: z.array(email).max(20),
    active: z.boolean(),
  })
  .partial()
  .strict();
export type UnitChanges = z.infer<typeof UnitChangesSchema>;

export const NewUserSchema = z.object({
  email,
  fullName: name(2, 120, 'Họ tên', 'Full name'),
  title: name(2, 120, 'Chức vụ', 'Title').optional(),
  roles: z.array(RoleSchema).min(1, m('Chọn ít nhất một vai trò', 'Choose at least one role')).max(ROLES.length),
  unitId: UnitIdSchema.optional(),
  language: LanguageSchema.default('vi'),
  conflictedUserIds: z.array(userRef).max(50).default([]),
});
export type NewUser = z.input<typeof NewUserSchema>;

export const UserChangesSchema = z
  .object({
    email,
    fullName: name(2, 120, 'Họ tên', 'Full name'),
    title: name(2, 120, 'Chức vụ', 'Title').nullable(),
    roles: z.array(RoleSchema).min(1, m('Chọn ít nhất một vai trò', 'Choose at least one role')).max(ROLES.length),
    unitId: UnitIdSchema.nullable(),
    language: LanguageSchema,
    conflictedUserIds: z.array(userRef).max(50),
    active: z.boolean(),
  })
  .partial()
  .strict();
export type UserChanges = z.infer<typeof UserChangesSchema>;

export const AgencyChangesSchema = z.object({ headUserId: userRef.nullable() }).partial().strict();
export type AgencyChanges = z.infer<typeof AgencyChangesSchema>;

/** One change to the directory: who made it, when, why, and each field before and after. */
export const DirectoryEventSchema = z.object({
  agencyId: AgencyIdSchema,
  eventId: z.string(),
  at: z.string(),
  by: z.string(),
  action: z.enum(['agency.onboarded', 'agency.changed', 'unit.created', 'unit.changed', 'unit.renamed', 'unit.merged', 'unit.split', 'user.created', 'user.changed']),
  target: z.object({ kind: z.enum(['agency', 'unit', 'user']), id: z.string() }),
  reason: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});
export type DirectoryEvent = z.infer<typeof DirectoryEventSchema>;
