import { recusedFrom } from '../access/case-access.ts';
import type { Directory } from '../organization/directory.ts';
import type { User } from '../organization/model.ts';
import type { TrackedDeadline } from '../tracked-deadlines/model.ts';
import type { Audience } from './policy.ts';

/**
 * The people an alert stage reaches for one deadline, from the directory. A misconduct case is never sent
 * to the office or a unit head; no one recused from the case or misconduct case behind a deadline is
 * ever alerted about it, whatever their role (`recusedFrom`).
 */
export function recipientsOf(deadline: TrackedDeadline, audience: readonly Audience[], directory: Directory): User[] {
  const active = directory.users.filter((u) => u.active);
  const ids = new Set<string>();
  const misconduct = deadline.subject.kind === 'misconduct';
  for (const who of audience) {
    if (who === 'assignees') deadline.assignees.forEach((id) => ids.add(id));
    const head = directory.headOf(deadline.subject.unitId);
    if (who === 'unit-head' && head && !misconduct) ids.add(head);
    if (who === 'office' && !misconduct) active.filter((u) => u.roles.includes('office')).forEach((u) => ids.add(u.userId));
    if (who === 'leadership') active.filter((u) => u.roles.includes('leader')).forEach((u) => ids.add(u.userId));
  }
  const recused = deadline.subject.kind === 'case' || misconduct ? recusedFrom(deadline.subject.official, directory) : new Set<string>();
  return active.filter((u) => ids.has(u.userId) && !recused.has(u.userId));
}
