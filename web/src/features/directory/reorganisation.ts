import type { ReorganisationInput } from '../../../../shared/organization/reorganisation.ts';
import type { Unit, User } from '../../../../shared/organization/model.ts';

export const REORGANISATION_KINDS = ['rename', 'merge', 'split'] as const;
export type ReorganisationKind = (typeof REORGANISATION_KINDS)[number];

/** A unit a merge or split creates, as typed. */
export interface SuccessorDraft {
  unitId: string;
  name: string;
  kind: Unit['kind'];
}

/** The value of the merge's "receiving unit" choice that means "a new unit". */
export const NEW_UNIT = '';

/**
 * The reorganisation form as typed, every kind's fields kept while the clerk switches between kinds.
 * `unitId` is the unit renamed or split; `unitIds` the units merged; `into` the one absorbing them, or
 * {@link NEW_UNIT}; `members` places each member of a split unit (user id → successor's code).
 */
export interface ReorganisationDraft {
  kind: ReorganisationKind;
  effectiveOn: string;
  unitId: string;
  name: string;
  unitIds: string[];
  into: string;
  newUnit: SuccessorDraft;
  headUserId: string;
  successors: SuccessorDraft[];
  members: Record<string, string>;
  openWorkTo: string;
}

export const blankSuccessor = (): SuccessorDraft => ({ unitId: '', name: '', kind: 'division' });

/** A blank form, effective `today` (a reorganisation is recorded once its decision is in force). */
export function reorganisationDraftOf(today: string): ReorganisationDraft {
  return {
    kind: 'rename',
    effectiveOn: today,
    unitId: '',
    name: '',
    unitIds: [],
    into: NEW_UNIT,
    newUnit: blankSuccessor(),
    headUserId: '',
    successors: [blankSuccessor(), blankSuccessor()],
    members: {},
    openWorkTo: '',
  };
}

const successorOf = (draft: SuccessorDraft) => ({ unitId: draft.unitId.trim(), name: draft.name.trim(), kind: draft.kind, reportingEmails: [] });

/** The body's `reorganisation` of `POST /units/reorganisations`, only the fields of the chosen kind. */
export function reorganisationOf(draft: ReorganisationDraft): ReorganisationInput {
  const effectiveOn = draft.effectiveOn;
  switch (draft.kind) {
    case 'rename':
      return { kind: 'rename', unitId: draft.unitId, name: draft.name.trim(), effectiveOn };
    case 'merge':
      return {
        kind: 'merge',
        unitIds: [...draft.unitIds],
        into: draft.into === NEW_UNIT ? successorOf(draft.newUnit) : draft.into,
        ...(draft.headUserId ? { headUserId: draft.headUserId } : {}),
        effectiveOn,
      };
    case 'split': {
      const codes = new Set(draft.successors.map((s) => s.unitId.trim()));
      const members = Object.fromEntries(Object.entries(draft.members).filter(([, unitId]) => codes.has(unitId)));
      return { kind: 'split', unitId: draft.unitId, into: draft.successors.map(successorOf), members, openWorkTo: draft.openWorkTo, effectiveOn };
    }
  }
}

/** Who may head the unit a merge leads to: the active members of the merged units, by name. */
export function mergeHeadCandidates<U extends Pick<User, 'unitId' | 'active' | 'fullName'>>(users: readonly U[], unitIds: readonly string[], language: string): U[] {
  return users.filter((user) => user.active && user.unitId !== undefined && unitIds.includes(user.unitId)).sort((a, b) => a.fullName.localeCompare(b.fullName, language));
}

/** The successors of a split that can be chosen yet (typed with a code), for the members' and open work's choices. */
export function namedSuccessors(draft: ReorganisationDraft): SuccessorDraft[] {
  return draft.successors.filter((s) => s.unitId.trim() !== '').map((s) => ({ ...s, unitId: s.unitId.trim() }));
}
