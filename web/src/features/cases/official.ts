import type { Official, ReportedOfficialInput } from '../../../../shared/organization/official.ts';
import type { User } from '../../../../shared/organization/model.ts';
import { normalizeVietnamese } from '../../../../shared/text.ts';

type Person = Pick<User, 'userId' | 'fullName' | 'title' | 'unitId' | 'active'>;

/**
 * The directory users named `name`, ignoring case, diacritics and spacing, as the server compares them
 * (`Directory.namesakes`): `'le van  CUONG'` finds Lê Văn Cường. Empty for a blank name.
 */
export function namesakesOf<U extends Pick<User, 'fullName'>>(name: string, users: readonly U[]): U[] {
  const wanted = normalizeVietnamese(name);
  if (!wanted) return [];
  return users.filter((user) => normalizeVietnamese(user.fullName) === wanted);
}

/** A person as a choice shows them: `Lê Văn Cường — Chuyên viên thẩm định — Phòng Quản lý công nghệ…`. */
export function choiceLabel(user: Pick<User, 'fullName' | 'title' | 'unitId'>, unitName: (unitId: string) => string | undefined): string {
  const unit = user.unitId ? unitName(user.unitId) : undefined;
  return [user.fullName, user.title, unit].filter((part) => part !== undefined && part !== '').join(' — ');
}

/**
 * The people to pick an official from: active users by name whose name, title or unit contains
 * `query` (without diacritics: `'cuong'` finds Cường); `keep` stays listed whatever the query, so the
 * chosen person never vanishes from the choice.
 */
export function officialChoices<U extends Person>(users: readonly U[], query: string, unitName: (unitId: string) => string | undefined, keep?: string): U[] {
  const wanted = normalizeVietnamese(query);
  return users
    .filter((user) => user.active || user.userId === keep)
    .filter((user) => user.userId === keep || !wanted || normalizeVietnamese(choiceLabel(user, unitName)).includes(wanted))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
}

/** What a citizen wrote about an official on the public form, trimmed; undefined when they wrote nothing. */
export function reportedOfficialOf(typed: { name: string; position: string; unitName: string }): ReportedOfficialInput | undefined {
  const entries = Object.entries(typed)
    .map(([key, value]) => [key, value.trim()] as const)
    .filter(([, value]) => value !== '');
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as ReportedOfficialInput);
}

/** An official as a record names them: who, in what position, where; the name is '' when a citizen gave none. */
export function officialParts(official: Official): { name: string; position?: string; place?: string } {
  const place = official.kind === 'outside' ? official.organisation : official.unitName;
  return { name: official.name ?? '', ...(official.position ? { position: official.position } : {}), ...(place ? { place } : {}) };
}

/** `Lê Văn Cường, Chuyên viên thẩm định — Phòng Quản lý công nghệ…`, or '—' when nothing is known. */
export function officialText(official: Official): string {
  const { name, position, place } = officialParts(official);
  const who = [name, position].filter(Boolean).join(', ');
  return [who, place].filter(Boolean).join(' — ') || '—';
}
