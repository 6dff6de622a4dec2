import { ROLES, type Language, type NewUnit, type NewUser, type Role, type Unit, type UnitChanges, type User, type UserChanges } from '../../../../shared/organization/model.ts';

type UnitKind = Unit['kind'];

/** The unit form as typed: the e-mail addresses as one text, one address per line. */
export interface UnitDraft {
  unitId: string;
  name: string;
  kind: UnitKind;
  headUserId: string;
  reportingEmails: string;
  active: boolean;
}

/** The user form as typed; `title` and `unitId` are '' for none. */
export interface UserDraft {
  email: string;
  fullName: string;
  title: string;
  roles: Role[];
  unitId: string;
  language: Language;
  conflictedUserIds: string[];
  active: boolean;
}

/** A blank unit form, or one filled from `unit` to change it. */
export function unitDraftOf(unit?: Unit): UnitDraft {
  return {
    unitId: unit?.unitId ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? 'division',
    headUserId: unit?.headUserId ?? '',
    reportingEmails: unit?.reportingEmails.join('\n') ?? '',
    active: unit?.active ?? true,
  };
}

/** A blank user form, or one filled from `user` to change it. */
export function userDraftOf(user?: User): UserDraft {
  return {
    email: user?.email ?? '',
    fullName: user?.fullName ?? '',
    title: user?.title ?? '',
    roles: user ? [...user.roles] : [],
    unitId: user?.unitId ?? '',
    language: user?.language ?? 'vi',
    conflictedUserIds: user ? [...user.conflictedUserIds] : [],
    active: user?.active ?? true,
  };
}

/** Addresses typed one per line (commas, semicolons and spaces also separate them): `'a@x.vn,\n b@x.vn'` → `['a@x.vn', 'b@x.vn']`. */
export function parseEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter((email) => email !== '');
}

/** The body's `unit` of `POST /units`: a new unit has no members yet, hence no head. */
export function newUnitOf(draft: UnitDraft): NewUnit {
  return { unitId: draft.unitId.trim(), name: draft.name.trim(), kind: draft.kind, reportingEmails: parseEmails(draft.reportingEmails) };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/** Only what differs from `unit`, as `PATCH /units/{id}` takes it; a head cleared is `null`. Empty when nothing changed. */
export function unitChangesOf(unit: Unit, draft: UnitDraft): UnitChanges {
  const changes: UnitChanges = {};
  const name = draft.name.trim();
  if (name !== unit.name) changes.name = name;
  if (draft.kind !== unit.kind) changes.kind = draft.kind;
  if (draft.headUserId !== (unit.headUserId ?? '')) changes.headUserId = draft.headUserId === '' ? null : draft.headUserId;
  const emails = parseEmails(draft.reportingEmails);
  if (!sameList(emails, unit.reportingEmails)) changes.reportingEmails = emails;
  if (draft.active !== unit.active) changes.active = draft.active;
  return changes;
}

/** Roles in the order the model lists them, so the same choice always reads the same. */
function ordered(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/** The body's `user` of `POST /users`: blank title and unit left out; no declared conflicts yet. */
export function newUserOf(draft: UserDraft): NewUser {
  const title = draft.title.trim();
  return {
    email: draft.email.trim(),
    fullName: draft.fullName.trim(),
    ...(title ? { title } : {}),
    roles: ordered(draft.roles),
    ...(draft.unitId ? { unitId: draft.unitId } : {}),
    language: draft.language,
    conflictedUserIds: [],
  };
}

/** Only what differs from `user`, as `PATCH /users/{id}` takes it; a title or unit cleared is `null`. */
export function userChangesOf(user: User, draft: UserDraft): UserChanges {
  const changes: UserChanges = {};
  const email = draft.email.trim();
  if (email.toLowerCase() !== user.email.toLowerCase()) changes.email = email;
  const fullName = draft.fullName.trim();
  if (fullName !== user.fullName) changes.fullName = fullName;
  const title = draft.title.trim();
  if (title !== (user.title ?? '')) changes.title = title === '' ? null : title;
  if (!sameSet(draft.roles, user.roles)) changes.roles = ordered(draft.roles);
  if (draft.unitId !== (user.unitId ?? '')) changes.unitId = draft.unitId === '' ? null : draft.unitId;
  if (draft.language !== user.language) changes.language = draft.language;
  if (!sameSet(draft.conflictedUserIds, user.conflictedUserIds)) changes.conflictedUserIds = [...draft.conflictedUserIds];
  if (draft.active !== user.active) changes.active = draft.active;
  return changes;
}

/** Who may head `unitId`: its active members, by name (the rule the server checks). */
export function headCandidates<U extends Pick<User, 'unitId' | 'active' | 'fullName'>>(users: readonly U[], unitId: string, language: Language): U[] {
  return users.filter((user) => user.active && user.unitId === unitId).sort((a, b) => a.fullName.localeCompare(b.fullName, language));
}

/** Who may be the head of the agency: its active leaders, by name. */
export function agencyHeadCandidates<U extends Pick<User, 'roles' | 'active' | 'fullName'>>(users: readonly U[], language: Language): U[] {
  return users.filter((user) => user.active && user.roles.includes('leader')).sort((a, b) => a.fullName.localeCompare(b.fullName, language));
}

/** `name — title`, to tell people apart in a choice: `Lê Văn Cường — Chuyên viên thẩm định`. */
export function personLabel(user: Pick<User, 'fullName' | 'title'>): string {
  return user.title ? `${user.fullName} — ${user.title}` : user.fullName;
}
