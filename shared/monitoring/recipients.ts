import type { Unit, User } from '../organization/model.ts';
import type { TrackedDeadline } from '../tracking/model.ts';
import type { Audience } from './policy.ts';

/**
 * The people an alert stage reaches for one deadline, from the organization data. A misconduct case is
 * never sent to the office or the accused's unit head (recusal, Luật Tố cáo Điều 47–48).
 */
export function recipientsOf(deadline: TrackedDeadline, audience: readonly Audience[], users: readonly User[], units: readonly Unit[]): User[] {
  const active = users.filter((u) => u.active);
  const unit = units.find((u) => u.unitId === deadline.subject.unitId);
  const ids = new Set<string>();
  const recused = deadline.subject.kind === 'misconduct';
  for (const who of audience) {
    if (who === 'assignees') deadline.assignees.forEach((id) => ids.add(id));
    if (who === 'unit-head' && unit?.headUserId && !recused) ids.add(unit.headUserId);
    if (who === 'office' && !recused) active.filter((u) => u.roles.includes('office')).forEach((u) => ids.add(u.userId));
    if (who === 'leadership') active.filter((u) => u.roles.includes('leader')).forEach((u) => ids.add(u.userId));
  }
  const hidden = new Set(deadline.subject.hiddenFrom ?? []);
  return active.filter((u) => ids.has(u.userId) && !hidden.has(u.userId));
}
