import type { HoldReason, Verdicts } from '../../../../shared/inbound/model.ts';
import type { Role } from '../../../../shared/organization/model.ts';
import type { CaseRegistrationInput } from '../../../../shared/cases/model.ts';
import { emptyDraft, toRegistration, type RegistrationDraft } from '../cases/registration-form.ts';
import type { HeldMessageView } from '../../api/types.ts';

/**
 * The office's views of the holding area: mail held for review (all of it, the citizens' letters
 * included), the citizens' letters alone (the triage queue of the cases address), and what was settled.
 */
export const HELD_VIEWS = ['held', 'triage', 'assigned', 'discarded'] as const;
export type HeldView = (typeof HELD_VIEWS)[number];

/** The reason of a letter sent to the cases address: it waits to be registered as a citizen case. */
export const TRIAGE_REASON: HoldReason = 'case-triage';

/** `view=triage` in the page's query → `'triage'`; anything else → `'held'`. */
export function heldViewOf(query: string): HeldView {
  const view = new URLSearchParams(query).get('view');
  return (HELD_VIEWS as readonly string[]).includes(view ?? '') ? (view as HeldView) : 'held';
}

/** The `status` the API is asked for to show `view`: the triage queue is part of the held mail. */
export function statusOfView(view: HeldView): 'held' | 'assigned' | 'discarded' {
  return view === 'triage' ? 'held' : view;
}

/** Whether `message` belongs in `view` (the API already filtered by status). */
export function inView(message: Pick<HeldMessageView, 'status' | 'reason'>, view: HeldView): boolean {
  if (view === 'triage') return message.status === 'held' && message.reason === TRIAGE_REASON;
  return message.status === view;
}

export type HeldAction = 'assign' | 'register' | 'discard';

const VERDICT_ORDER: readonly (keyof Verdicts)[] = ['spf', 'dkim', 'dmarc', 'spam', 'virus'];

/** The checks SES did not pass (anything but `PASS`), in a fixed order: `{ spf: 'FAIL', … }` → `['spf']`. */
export function failedVerdicts(verdicts: Verdicts): (keyof Verdicts)[] {
  return VERDICT_ORDER.filter((name) => verdicts[name] !== 'PASS');
}

export function verdictNames(): readonly (keyof Verdicts)[] {
  return VERDICT_ORDER;
}

/** Mail that may carry a virus is never filed nor registered: the office can only set it aside. */
export function isVirusFlagged(message: Pick<HeldMessageView, 'reason' | 'verdicts'>): boolean {
  return message.reason === 'virus' || message.verdicts.virus !== 'PASS';
}

/**
 * Who, among the reviewers of held mail (`inbound.review`), may file one into a report: choosing it needs
 * every unit's obligations (`report.read` for all units). Checked against the policy in the unit tests.
 */
export const HELD_ASSIGNERS: readonly Role[] = ['office'];
/** Who may register a letter of the triage queue as a case: the policy's `case.register`. */
export const CASE_REGISTRARS: readonly Role[] = ['office'];

/**
 * What a reviewer holding `roles` may do with a message: nothing once it is settled; only discard a
 * virus-flagged one; register or discard a citizen's letter; file into a report or discard the rest.
 */
export function actionsFor(message: Pick<HeldMessageView, 'status' | 'reason' | 'verdicts'>, roles: readonly Role[] = ['office']): HeldAction[] {
  if (message.status !== 'held') return [];
  if (isVirusFlagged(message)) return ['discard'];
  const holds = (granted: readonly Role[]) => roles.some((role) => granted.includes(role));
  if (message.reason === TRIAGE_REASON) return holds(CASE_REGISTRARS) ? ['register', 'discard'] : ['discard'];
  return holds(HELD_ASSIGNERS) ? ['assign', 'discard'] : ['discard'];
}

/** `Võ Thị Hoa <hoa.vo@example.net>` → `hoa.vo@example.net`; a bare address is kept as is. */
export function addressOf(from: string): string {
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(from);
  return (angle?.[1] ?? from).trim();
}

/** The display name of `Võ Thị Hoa <hoa.vo@example.net>`, or '' when the sender gave none. */
export function displayNameOf(from: string): string {
  const at = from.indexOf('<');
  return at > 0 ? from.slice(0, at).trim().replace(/^"|"$/g, '').trim() : '';
}

/** The fields of the triage registration form: a subset of the office form's. */
export type TriageDraft = Pick<RegistrationDraft, 'type' | 'anonymous' | 'name' | 'address' | 'phone' | 'email' | 'subject' | 'content'>;

/** A letter's registration form, prefilled from the mail: the sender's address and name, the subject. */
export function triageDraftOf(message: Pick<HeldMessageView, 'from' | 'subject'>): TriageDraft {
  return {
    type: 'kien-nghi-phan-anh',
    anonymous: false,
    name: displayNameOf(message.from),
    address: '',
    phone: '',
    email: addressOf(message.from),
    subject: message.subject.trim().slice(0, 300),
    content: '',
  };
}

/** The body of `POST /inbound/held/{id}/register-case`: the office form's body without channel, receipt time nor forwarding body (the mail gives them). */
export function toTriageRegistration(draft: TriageDraft): Omit<CaseRegistrationInput, 'channel' | 'receivedAt' | 'forwardedBy'> {
  // The receipt time here is a placeholder the builder needs; the server takes the mail's own.
  const full = toRegistration({ ...emptyDraft(new Date(0)), ...draft, channel: 'email' });
  const { channel: _channel, receivedAt: _receivedAt, forwardedBy: _forwardedBy, ...body } = full;
  return body;
}

/** A discard reason as the API takes it: trimmed, 3 to 500 characters; null when too short. */
export function discardReason(text: string): string | null {
  const reason = text.trim();
  return reason.length >= 3 ? reason.slice(0, 500) : null;
}

/** The obligations a message may be filed into, grouped by unit (by name), each unit's soonest due first. */
export function obligationGroups<T extends { unitId: string; unitName: string; dueInstant: string; obligationId: string }>(
  items: readonly T[],
  language: 'vi' | 'en',
): { unitId: string; unitName: string; items: T[] }[] {
  const groups = new Map<string, { unitId: string; unitName: string; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.unitId) ?? { unitId: item.unitId, unitName: item.unitName, items: [] };
    group.items.push(item);
    groups.set(item.unitId, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.unitName.localeCompare(b.unitName, language))
    .map((group) => ({ ...group, items: group.items.sort((a, b) => a.dueInstant.localeCompare(b.dueInstant) || a.obligationId.localeCompare(b.obligationId)) }));
}
