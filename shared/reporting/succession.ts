import type { CivilDate } from '../deadlines/civil-date.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { UnitSuccession } from '../organization/reorganisation.ts';
import type { DeadlineService } from '../tracked-deadlines/service.ts';
import type { Obligation } from './model.ts';
import type { ReportingRepository } from './repository.ts';
import { reportDeadline, reportDeadlineId } from './report-deadlines.ts';
import { localDate } from '../time-zone.ts';

/**
 * Report obligations follow a merged or split unit: what is still owed from the effective date moves to
 * the successor (or, where the successor owes the same period already, is superseded by its
 * obligation); what was submitted, or fell due before, stays with the unit as it was. The watched
 * deadlines follow, with the successor's reporters and head as assignees.
 */
export class ReportingSuccession implements UnitSuccession {
  constructor(
    private readonly repository: ReportingRepository,
    private readonly organization: OrganizationRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  async moveOpenWork(agencyId: string, from: readonly string[], to: string, effectiveOn: CivilDate, by: string): Promise<number> {
    const [obligations, directory] = await Promise.all([this.repository.listObligations(agencyId), this.organization.directory(agencyId)]);
    const owedByTarget = new Map(obligations.filter((o) => o.unitId === to).map((o) => [o.templateId, o]));
    const open = obligations.filter((o) => from.includes(o.unitId) && o.latestVersion === 0 && localDate(o.dueInstant) >= effectiveOn);
    const target = directory.unit(to);
    let moved = 0;
    for (const obligation of open) {
      const already = owedByTarget.get(obligation.templateId);
      if (already) {
        await this.repository.saveObligation({ ...obligation, supersededBy: already.obligationId }, obligation.version);
        await this.deadlines.close(agencyId, reportDeadlineId(obligation.obligationId), by, `Đơn vị đã sáp nhập vào ${target?.name ?? to}: kỳ này do đơn vị tiếp nhận báo cáo / merged: the successor reports this period`);
      } else {
        const next: Obligation = { ...obligation, unitId: to, transferredFrom: [...(obligation.transferredFrom ?? []), { unitId: obligation.unitId, on: effectiveOn }] };
        await this.repository.saveObligation(next, obligation.version);
        owedByTarget.set(next.templateId, next);
      }
      moved += 1;
    }
    // The successor's own open obligations gain the members who joined it.
    for (const obligation of owedByTarget.values()) {
      // Periods long past are history, not deadlines to start watching now.
      if (obligation.latestVersion > 0 || localDate(obligation.dueInstant) < effectiveOn) continue;
      await this.deadlines.retrack(reportDeadline(obligation, target, directory.users, by));
    }
    return moved;
  }
}
