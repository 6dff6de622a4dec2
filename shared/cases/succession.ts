import type { CivilDate } from '../deadlines/civil-date.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { UnitSuccession } from '../organization/reorganisation.ts';
import { CLOSED_CASE_STATUSES, type CaseEvent } from './model.ts';
import type { CaseRepository } from './repository.ts';

/** Open citizen cases about a merged or split unit are now about its successor; closed ones keep the unit of then. */
export class CaseSuccession implements UnitSuccession {
  constructor(
    private readonly cases: CaseRepository,
    private readonly organization: OrganizationRepository,
    private readonly clock: { now(): Date },
  ) {}

  async moveOpenWork(agencyId: string, from: readonly string[], to: string, effectiveOn: CivilDate, by: string): Promise<number> {
    const [all, target] = await Promise.all([this.cases.list(agencyId), this.organization.getUnit(agencyId, to)]);
    const open = all.filter((c) => !CLOSED_CASE_STATUSES.has(c.status) && c.unitConcerned?.unitId !== undefined && from.includes(c.unitConcerned.unitId));
    for (const c of open) {
      const event: CaseEvent = {
        seq: c.timeline.length,
        at: this.clock.now().toISOString(),
        by,
        command: 'unit-succession',
        from: c.status,
        to: c.status,
        reason: `Đơn vị ${c.unitConcerned?.unitId} được tổ chức lại từ ${effectiveOn.split('-').reverse().join('/')}: chuyển sang ${target?.name ?? to} / reorganised: now ${target?.name ?? to}`,
        documentRefs: [],
      };
      await this.cases.save({ ...c, unitConcerned: { unitId: to, ...(target ? { name: target.name } : {}) }, timeline: [...c.timeline, event], version: c.version + 1 }, c.version);
    }
    return open.length;
  }
}
