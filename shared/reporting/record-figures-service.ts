import { can, type Actor } from '../access/policy.ts';
import type { CaseRepository } from '../cases/repository.ts';
import { NotFoundError } from '../errors.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import { casesOfUnit, drawsFromRecords, recordFigures } from './record-figures.ts';
import type { RecordFigures } from './views.ts';
import type { ReportingRepository } from './repository.ts';

export interface RecordFiguresDependencies {
  reporting: Pick<ReportingRepository, 'getObligation' | 'getPlan'>;
  cases: Pick<CaseRepository, 'list'>;
  organization: Pick<OrganizationRepository, 'directory'>;
}

/** The records' figures for one obligation's unit and period, for whoever may read that obligation. */
export class RecordFiguresService {
  constructor(private readonly deps: RecordFiguresDependencies) {}

  async forObligation(actor: Actor, obligationId: string): Promise<RecordFigures> {
    const obligation = await this.deps.reporting.getObligation(actor.agencyId, obligationId);
    // As the obligation itself: another unit's is missing, not forbidden.
    if (!obligation || !can(actor, 'report.read', { agencyId: actor.agencyId, unitId: obligation.unitId })) throw new NotFoundError('nghĩa vụ báo cáo / obligation', obligationId);
    const plan = await this.deps.reporting.getPlan(actor.agencyId);
    const template = plan?.templates.find((t) => t.templateId === obligation.templateId);
    const period = template?.periodFrom && template.periodTo ? { from: template.periodFrom, to: template.periodTo } : null;
    if (!plan || !period || !drawsFromRecords(plan.sections)) return { available: false, period, ...recordFigures([], { from: '', to: '' }) };
    const [cases, directory] = await Promise.all([this.deps.cases.list(actor.agencyId), this.deps.organization.directory(actor.agencyId)]);
    return { available: true, period, ...recordFigures(casesOfUnit(cases, obligation.unitId, actor, directory), period) };
  }
}
