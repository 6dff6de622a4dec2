import type { Directory } from '../organization/directory.ts';
import type { Official } from '../organization/official.ts';
import { can, type Actor } from './policy.ts';

/** A record about people: a citizen case or a misconduct case (and what derives from it: deadlines, alerts, documents). */
export interface ProtectedRecord {
  agencyId: string;
  kind: 'case' | 'misconduct';
  /** The official the record names, if any. */
  official?: Official | undefined;
}

/**
 * Everyone who must never see, handle or be told of a record about `official`, from the directory as it
 * is now and as the record saw it: the official (for a name, every directory user of that name, unless
 * the office confirmed they are someone else), the head of their unit today and at the time of the
 * record, and anyone the administrator declared conflicted with them. Roles do not lift it.
 */
export function recusedFrom(official: Official | undefined, directory: Directory): Set<string> {
  const out = new Set<string>();
  if (!official) return out;
  const people =
    official.kind === 'directory'
      ? [official.userId]
      : directory
          .namesakes(official.name)
          .filter((u) => official.kind !== 'outside' || !official.notSameAs.includes(u.userId))
          .map((u) => u.userId);
  for (const userId of people) {
    out.add(userId);
    const user = directory.user(userId);
    const head = directory.headOf(user?.unitId);
    if (head) out.add(head);
    for (const conflicted of user?.conflictedUserIds ?? []) out.add(conflicted);
  }
  if (official.kind === 'directory') {
    if (official.unitHeadUserId) out.add(official.unitHeadUserId);
    const headOfUnitThen = directory.headOf(official.unitId);
    if (headOfUnitThen) out.add(headOfUnitThen);
  }
  return out;
}

/**
 * The one answer to "may this person see this record": the grant of their role (`case.read`,
 * `misconduct.read`), then recusal. Every read, list, export, document, dashboard and alert recipient
 * of a case or a misconduct case asks it.
 */
export function maySeeRecord(actor: Actor, record: ProtectedRecord, directory: Directory): boolean {
  const operation = record.kind === 'misconduct' ? 'misconduct.read' : 'case.read';
  return can(actor, operation, { agencyId: record.agencyId }) && !isRecused(actor.userId, record, directory);
}

/** True when `userId` is recused from `record`: never shown it, never its handler, inspector or alert recipient. */
export function isRecused(userId: string, record: ProtectedRecord, directory: Directory): boolean {
  return recusedFrom(record.official, directory).has(userId);
}
