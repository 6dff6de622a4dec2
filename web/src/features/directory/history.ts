import { LanguageSchema, RoleSchema, UnitKindSchema, type DirectoryEvent, type Unit, type User } from '../../../../shared/organization/model.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { LANGUAGE_NAMES, type Translate } from '../../i18n/translate.ts';
import { formatDate, formatDateTime } from '../../format.ts';

/** Names for the ids a directory event carries; an unknown id is shown as it is. */
export interface DirectoryNames {
  user(userId: string): string;
  unit(unitId: string): string;
  agency: string;
}

/** One change to the directory in words: when, who, what, each field before and after, and why. */
export interface EventLine {
  id: string;
  at: string;
  by: string;
  what: string;
  changes: { field: string; from: string | null; to: string }[];
  reason: string;
}

/** Names from the lists on screen: users (inactive ones too) and units by id. */
export function directoryNames(units: readonly Pick<Unit, 'unitId' | 'name'>[], users: readonly Pick<User, 'userId' | 'fullName'>[], agency: string): DirectoryNames {
  return {
    user: (id) => users.find((user) => user.userId === id)?.fullName ?? id,
    unit: (id) => units.find((unit) => unit.unitId === id)?.name ?? id,
    agency,
  };
}

type Kind = DirectoryEvent['target']['kind'];

/** Fields that only repeat what the line already says (the agency, the record's own id). */
const HIDDEN: Record<Kind, readonly string[]> = {
  agency: ['agencyId', 'version'],
  unit: ['agencyId', 'unitId', 'version'],
  user: ['agencyId', 'userId', 'version'],
};

const FIELD_LABELS: Record<Kind, Readonly<Record<string, MessageKey>>> = {
  agency: {
    name: 'history.field.agencyName',
    shortName: 'history.field.shortName',
    province: 'history.field.province',
    placeName: 'history.field.placeName',
    parentBody: 'history.field.parentBody',
    timezone: 'history.field.timezone',
    headUserId: 'agency.head',
  },
  unit: {
    name: 'units.name',
    kind: 'units.kind',
    headUserId: 'unitForm.head',
    reportingEmails: 'units.reportingEmails',
    active: 'units.status',
    formerNames: 'history.field.formerNames',
    startedOn: 'history.field.startedOn',
    endedOn: 'history.field.endedOn',
    successorUnitIds: 'history.field.successorUnitIds',
    predecessorUnitIds: 'history.field.predecessorUnitIds',
  },
  user: {
    email: 'users.email',
    fullName: 'users.fullName',
    title: 'users.jobTitle',
    roles: 'users.roles',
    unitId: 'users.unit',
    language: 'userForm.language',
    conflictedUserIds: 'userForm.conflicts',
    active: 'users.status',
  },
};

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value)]);

/** A field's value in words: people and units by name, roles, kinds and states by their labels. */
function valueText(kind: Kind, field: string, value: unknown, names: DirectoryNames, t: Translate): string {
  if (isBlank(value)) return t('history.blank');
  switch (field) {
    case 'headUserId':
    case 'conflictedUserIds':
      return strings(value).map((id) => names.user(id)).join(', ');
    case 'unitId':
      return names.unit(String(value));
    case 'successorUnitIds':
    case 'predecessorUnitIds':
      return strings(value).map((id) => names.unit(id)).join(', ');
    case 'startedOn':
    case 'endedOn':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDate(String(value)) : String(value);
    case 'formerNames':
      return (Array.isArray(value) ? value : [])
        .map((former: unknown) => {
          const f = former as { name?: unknown; until?: unknown };
          return typeof f.name === 'string' && typeof f.until === 'string' ? t('history.field.formerNameUntil', { name: f.name, date: formatDate(f.until) }) : JSON.stringify(former);
        })
        .join('; ');
    case 'roles':
      return strings(value)
        .map((role) => {
          const known = RoleSchema.safeParse(role);
          return known.success ? t(`role.${known.data}`) : role;
        })
        .join(', ');
    case 'kind': {
      const known = UnitKindSchema.safeParse(value);
      return known.success ? t(`unitKind.${known.data}`) : String(value);
    }
    case 'active':
      if (kind === 'user') return t(value === true ? 'users.active' : 'users.inactive');
      return t(value === true ? 'units.active' : 'units.inactive');
    case 'language': {
      const known = LanguageSchema.safeParse(value);
      return known.success ? LANGUAGE_NAMES[known.data] : String(value);
    }
    default:
      return strings(value).join(', ');
  }
}

function targetName(target: DirectoryEvent['target'], names: DirectoryNames): string {
  if (target.kind === 'agency') return names.agency;
  return target.kind === 'unit' ? names.unit(target.id) : names.user(target.id);
}

/**
 * A directory event as the history shows it: `unit.changed` of the head of `quan-ly-cong-nghe` →
 * "Sửa đơn vị Phòng Quản lý công nghệ…", "Trưởng đơn vị: Trần Minh Đức → Phạm Thị Lan". A creation lists
 * the values it set, without the empty ones.
 */
export function eventLine(event: DirectoryEvent, names: DirectoryNames, t: Translate): EventLine {
  const kind = event.target.kind;
  const created = event.action.endsWith('.created') || event.action === 'agency.onboarded';
  const changes = event.changes
    .filter((change) => !HIDDEN[kind].includes(change.field))
    .filter((change) => !(created && isBlank(change.to)))
    .map((change) => {
      const label = FIELD_LABELS[kind][change.field];
      return {
        field: label ? t(label) : change.field,
        from: created ? null : valueText(kind, change.field, change.from, names, t),
        to: valueText(kind, change.field, change.to, names, t),
      };
    });
  return {
    id: event.eventId,
    at: formatDateTime(event.at),
    by: event.by === 'system' ? t('history.system') : names.user(event.by),
    what: t(`history.action.${event.action}`, { name: targetName(event.target, names) }),
    changes,
    reason: event.reason,
  };
}

/** The events about `kinds`, newest first. */
export function eventsAbout(events: readonly DirectoryEvent[], kinds: readonly Kind[]): DirectoryEvent[] {
  return events.filter((event) => kinds.includes(event.target.kind)).sort((a, b) => b.at.localeCompare(a.at) || b.eventId.localeCompare(a.eventId));
}
