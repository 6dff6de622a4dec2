import type { Directory } from './directory.ts';

/** A rule the directory breaks, in words an administrator understands. */
export interface DirectoryProblem {
  /** Stable key, so a change is refused only for the problems it introduces. */
  key: string;
  vi: string;
  en: string;
}

/**
 * What must hold of an agency's directory at all times: unit heads are active members of their unit;
 * every user's unit exists and is active; a reporter belongs to a unit; declared conflicts name real
 * people; the agency keeps an active administrator and an office head; its head is an active leader.
 */
export function directoryProblems(d: Directory): DirectoryProblem[] {
  const problems: DirectoryProblem[] = [];
  const nameOf = (userId: string) => d.user(userId)?.fullName ?? userId;
  for (const unit of d.units) {
    if (!unit.headUserId) continue;
    const head = d.user(unit.headUserId);
    if (!head || !head.active || head.unitId !== unit.unitId) {
      problems.push({
        key: `unit-head:${unit.unitId}`,
        vi: `Trưởng đơn vị “${unit.name}” phải là người đang làm việc tại đơn vị đó (${nameOf(unit.headUserId)} không phải).`,
        en: `The head of “${unit.name}” must be an active member of that unit (${nameOf(unit.headUserId)} is not).`,
      });
    }
    if (!unit.active && d.users.some((u) => u.active && u.unitId === unit.unitId)) {
      problems.push({ key: `inactive-unit-members:${unit.unitId}`, vi: `Đơn vị “${unit.name}” ngừng hoạt động nhưng vẫn còn người dùng; hãy chuyển họ sang đơn vị khác trước.`, en: `“${unit.name}” is inactive but still has active users; move them first.` });
    }
  }
  for (const user of d.users.filter((u) => u.active)) {
    const unit = d.unit(user.unitId);
    if (user.unitId !== undefined && (!unit || !unit.active)) {
      problems.push({ key: `user-unit:${user.userId}`, vi: `${user.fullName}: đơn vị không tồn tại hoặc đã ngừng hoạt động.`, en: `${user.fullName}: the unit does not exist or is inactive.` });
    }
    if (user.roles.includes('reporter') && user.unitId === undefined) {
      problems.push({ key: `reporter-unit:${user.userId}`, vi: `${user.fullName}: cán bộ báo cáo phải thuộc một đơn vị.`, en: `${user.fullName}: a reporter must belong to a unit.` });
    }
    for (const other of user.conflictedUserIds) {
      if (other === user.userId || !d.user(other)) {
        problems.push({ key: `conflict:${user.userId}:${other}`, vi: `${user.fullName}: người có xung đột lợi ích “${other}” không có trong danh bạ.`, en: `${user.fullName}: the conflicted person “${other}” is not in the directory.` });
      }
    }
  }
  if (!d.users.some((u) => u.active && u.roles.includes('admin'))) {
    problems.push({ key: 'admin', vi: 'Cơ quan phải còn ít nhất một quản trị hệ thống đang hoạt động.', en: 'The agency must keep at least one active administrator.' });
  }
  if (!d.officeHead()) {
    problems.push({ key: 'office-head', vi: 'Cơ quan phải có Chánh Văn phòng: trưởng đơn vị Văn phòng, đang hoạt động, có vai trò Văn phòng Sở.', en: 'The agency must have an office head: the active head of the office unit, with the office role.' });
  }
  if (d.agency?.headUserId && !d.agencyHead()) {
    problems.push({ key: 'agency-head', vi: `Thủ trưởng cơ quan phải là lãnh đạo đang hoạt động (${nameOf(d.agency.headUserId)} không phải).`, en: `The head of the agency must be an active leader (${nameOf(d.agency.headUserId)} is not).` });
  }
  return problems;
}
