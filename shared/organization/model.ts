import * as z from 'zod';

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
  timezone: z.literal('Asia/Ho_Chi_Minh'),
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
  version: z.number().int().nonnegative(),
});
export type Unit = z.infer<typeof UnitSchema>;

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
  active: z.boolean(),
  version: z.number().int().nonnegative(),
});
export type User = z.infer<typeof UserSchema>;

export const UnitChangesSchema = z
  .object({
    name: z.string().min(3).max(200),
    kind: UnitKindSchema,
    headUserId: z.string().nullable(),
    reportingEmails: z.array(z.email()).max(20),
    active: z.boolean(),
  })
  .partial();
export type UnitChanges = z.infer<typeof UnitChangesSchema>;
