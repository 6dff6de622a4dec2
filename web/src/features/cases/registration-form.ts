import type { CaseRegistrationInput, CaseType, CaseVariant, Channel } from '../../../../shared/cases/model.ts';
import { NAMES_OFFICIAL, VARIANTS_BY_TYPE } from '../../../../shared/cases/model.ts';
import type { OfficialInput } from '../../../../shared/organization/official.ts';
import { fieldErrorsOf, type FormErrors } from '../../api/field-errors.ts';
import type { Language } from '../../../../shared/organization/model.ts';
import { calendarDateOf, formatDateTime } from '../../format.ts';
import { localInstant } from '../../../../shared/time-zone.ts';

export type OfficialKind = 'none' | 'directory' | 'outside';

/** The office registration form as typed: every field a string or a flag, nothing validated yet. */
export interface RegistrationDraft {
  type: CaseType;
  channel: Channel;
  forwardedKind: 'body' | 'press';
  forwardedName: string;
  forwardedRef: string;
  /** `YYYY-MM-DD` and `HH:mm`, local to Vietnam whatever the browser's zone. */
  receivedDate: string;
  receivedTime: string;
  anonymous: boolean;
  name: string;
  address: string;
  phone: string;
  email: string;
  idNumber: string;
  subject: string;
  content: string;
  unitId: string;
  unitName: string;
  /** Whom the letter is about: no one, someone in the directory, or someone outside the agency. */
  officialKind: OfficialKind;
  officialUserId: string;
  officialName: string;
  officialPosition: string;
  officialOrganisation: string;
  officialReason: string;
  /** Directory users the office confirmed an outside person is not (namesakes). */
  officialNotSameAs: string[];
  variants: CaseVariant[];
  actKnownOn: string;
  firstDecisionReceivedOn: string;
  firstResolutionDueOn: string;
  priorCaseId: string;
}

/** A blank form, received "now" in Vietnam: `emptyDraft(new Date('2026-11-16T02:00:00Z'))` → 16/11/2026 09:00. */
export function emptyDraft(now: Date): RegistrationDraft {
  return {
    type: 'khieu-nai-lan-1',
    channel: 'truc-tiep',
    forwardedKind: 'body',
    forwardedName: '',
    forwardedRef: '',
    receivedDate: calendarDateOf(now),
    receivedTime: formatDateTime(now).slice(11),
    anonymous: false,
    name: '',
    address: '',
    phone: '',
    email: '',
    idNumber: '',
    subject: '',
    content: '',
    unitId: '',
    unitName: '',
    officialKind: 'none',
    officialUserId: '',
    officialName: '',
    officialPosition: '',
    officialOrganisation: '',
    officialReason: '',
    officialNotSameAs: [],
    variants: [],
    actKnownOn: '',
    firstDecisionReceivedOn: '',
    firstResolutionDueOn: '',
    priorCaseId: '',
  };
}

/** Every type but an information request may name an official (`NAMES_OFFICIAL`; the server refuses it elsewhere). */
export function namesOfficial(type: CaseType): boolean {
  return NAMES_OFFICIAL.includes(type);
}

/**
 * The official as `POST /cases` takes it: a directory user by id, or a person outside the agency with
 * the reason and the namesakes they are not; undefined for none. What was typed is sent even when
 * incomplete, so the server's messages show beside the fields.
 */
export function officialOf(draft: Pick<RegistrationDraft, 'officialKind' | 'officialUserId' | 'officialName' | 'officialPosition' | 'officialOrganisation' | 'officialReason' | 'officialNotSameAs'>): OfficialInput | undefined {
  if (draft.officialKind === 'directory') return { kind: 'directory', userId: draft.officialUserId };
  if (draft.officialKind === 'outside') {
    return {
      kind: 'outside',
      name: draft.officialName.trim(),
      ...compact({ position: trimmed(draft.officialPosition), organisation: trimmed(draft.officialOrganisation) }),
      reason: draft.officialReason.trim(),
      notSameAs: [...new Set(draft.officialNotSameAs)],
    };
  }
  return undefined;
}

/** The filing facts thời hiệu counts from, per type: a first complaint the act, a second one the first decision. */
export function filingFactFields(type: CaseType): readonly ('actKnownOn' | 'firstDecisionReceivedOn' | 'firstResolutionDueOn')[] {
  if (type === 'khieu-nai-lan-1') return ['actKnownOn'];
  if (type === 'khieu-nai-lan-2') return ['firstDecisionReceivedOn', 'firstResolutionDueOn'];
  return [];
}

const trimmed = (value: string): string | undefined => {
  const text = value.trim();
  return text === '' ? undefined : text;
};

/** Drops the keys whose value is undefined, so the body carries only what was typed. */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The body of `POST /cases` from the form: empty fields left out, the receipt time as an instant in
 * Vietnam (`2026-11-16` `09:00` → `2026-11-16T09:00:00+07:00`), and fields that do not apply to the chosen
 * type or channel (a forwarding body, variants, an official) dropped rather than refused by the server.
 */
export function toRegistration(draft: RegistrationDraft): CaseRegistrationInput {
  const petitioner = draft.anonymous
    ? {}
    : compact({ name: trimmed(draft.name), address: trimmed(draft.address), phone: trimmed(draft.phone), email: trimmed(draft.email), idNumber: trimmed(draft.idNumber) });
  const unitConcerned = compact({ unitId: trimmed(draft.unitId), name: trimmed(draft.unitName) });
  const officialConcerned = namesOfficial(draft.type) ? officialOf(draft) : undefined;
  const facts = filingFactFields(draft.type);
  const filingFacts = compact({
    actKnownOn: facts.includes('actKnownOn') ? trimmed(draft.actKnownOn) : undefined,
    firstDecisionReceivedOn: facts.includes('firstDecisionReceivedOn') ? trimmed(draft.firstDecisionReceivedOn) : undefined,
    firstResolutionDueOn: facts.includes('firstResolutionDueOn') ? trimmed(draft.firstResolutionDueOn) : undefined,
  });
  const allowed = VARIANTS_BY_TYPE[draft.type];
  return {
    type: draft.type,
    channel: draft.channel,
    ...(draft.channel === 'chuyen-den'
      ? { forwardedBy: { kind: draft.forwardedKind, name: draft.forwardedName.trim(), ...compact({ documentRef: trimmed(draft.forwardedRef) }) } }
      : {}),
    receivedAt: localInstant(draft.receivedDate, draft.receivedTime || '00:00'),
    anonymous: draft.anonymous,
    petitioner,
    subject: draft.subject.trim(),
    content: draft.content.trim(),
    ...(Object.keys(unitConcerned).length > 0 ? { unitConcerned } : {}),
    ...(officialConcerned ? { officialConcerned } : {}),
    variants: draft.variants.filter((variant) => allowed.includes(variant)),
    filingFacts,
    ...compact({ priorCaseId: draft.type === 'khieu-nai-lan-2' ? trimmed(draft.priorCaseId) : undefined }),
  };
}

const OFFICIAL_FIELDS: Record<string, keyof RegistrationDraft> = {
  kind: 'officialKind',
  userId: 'officialUserId',
  name: 'officialName',
  position: 'officialPosition',
  organisation: 'officialOrganisation',
  reason: 'officialReason',
  notSameAs: 'officialNotSameAs',
};

/**
 * The form field an API error detail points at: `body.petitioner.phone` → `phone`,
 * `body.filingFacts.actKnownOn` → `actKnownOn`, `body.receivedAt` → `receivedDate`,
 * `body.officialConcerned.reason` → `officialReason` (the official as a whole → `officialKind`); null for the rest.
 */
export function draftFieldOf(path: string): keyof RegistrationDraft | null {
  const parts = path.replace(/^body\./, '').split('.');
  const [head, second] = parts;
  if (head === 'petitioner' && second) return second as keyof RegistrationDraft;
  if (head === 'filingFacts' && second) return second as keyof RegistrationDraft;
  if (head === 'forwardedBy') return 'forwardedName';
  if (head === 'officialConcerned') return (second && OFFICIAL_FIELDS[second]) || 'officialKind';
  if (head === 'unitConcerned') return 'unitName';
  if (head === 'receivedAt') return 'receivedDate';
  if (head === 'variants') return 'variants';
  if (head && ['type', 'channel', 'subject', 'content', 'priorCaseId'].includes(head)) return head as keyof RegistrationDraft;
  return null;
}

/**
 * The server's refusal of a registration, sorted for the form in `language`: each detail beside its
 * field, the rest above the form. A refused official (`ambiguous-official`: the name of someone in the
 * directory; `unknown-official`) is one message, at the name or the choice, since its details carry ids.
 */
export function registrationErrors(error: unknown, language: Language): FormErrors<keyof RegistrationDraft> {
  return fieldErrorsOf(error, language, draftFieldOf, { 'ambiguous-official': 'officialName', 'unknown-official': 'officialUserId' });
}
