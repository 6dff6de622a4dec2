import { maySeeRecord } from '../access/case-access.ts';
import { authorize, type Actor } from '../access/policy.ts';
import type { RatingRepository } from '../cases/rating.ts';
import type { CaseRepository } from '../cases/repository.ts';
import type { Clock } from '../clock.ts';
import { NotFoundError } from '../errors.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { ReportingRepository } from '../reporting/repository.ts';
import type { DeadlineRepository } from '../tracked-deadlines/repository.ts';
import { dashboard, publicStatistics } from './dashboard.ts';
import type { Dashboard, PublicStatistics, PublicStatisticsStore } from './model.ts';

export interface StatisticsDependencies {
  reporting: ReportingRepository;
  cases: CaseRepository;
  ratings: RatingRepository;
  deadlines: DeadlineRepository;
  organization: OrganizationRepository;
  snapshots: PublicStatisticsStore;
  clock: Clock;
}

/** Figures for the office and leaders, and the anonymised public page; no document generation here. */
export class StatisticsService {
  constructor(private readonly deps: StatisticsDependencies) {}

  async dashboard(actor: Actor): Promise<Dashboard> {
    authorize(actor, 'compliance.read', { agencyId: actor.agencyId });
    const now = this.deps.clock.now();
    const [plan, directory, obligations, cases, ratings, open] = await Promise.all([
      this.deps.reporting.getPlan(actor.agencyId),
      this.deps.organization.directory(actor.agencyId),
      this.deps.reporting.listObligations(actor.agencyId),
      this.deps.cases.list(actor.agencyId),
      this.deps.ratings.list(actor.agencyId),
      this.deps.deadlines.openDueBetween(actor.agencyId, '0000', now.toISOString()),
    ]);
    if (!plan) throw new NotFoundError('kế hoạch báo cáo / reporting plan', actor.agencyId);
    // Counts too come only from records the reader may see: a recused reader's figures leave out "their" case.
    const visible = open.filter((d) => {
      const { kind } = d.subject;
      return kind !== 'case' && kind !== 'misconduct' ? true : maySeeRecord(actor, { agencyId: actor.agencyId, kind, official: d.subject.official }, directory);
    });
    const visibleCases = cases.filter((c) => maySeeRecord(actor, { agencyId: c.agencyId, kind: 'case', official: c.officialConcerned }, directory));
    return dashboard(plan, directory.units.filter((u) => u.active && u.kind !== 'union'), obligations, visibleCases, ratings, visible, now);
  }

  /**
   * The published figures: the snapshot the daily refresh stored, so polling shows nothing between two
   * refreshes (a case registered, or back-dated, today changes nothing until tomorrow's). Computed once
   * here only when no refresh has run yet (a new deployment).
   */
  async publicStatistics(agencyId: string): Promise<PublicStatistics> {
    return (await this.deps.snapshots.get(agencyId)) ?? this.refreshPublicStatistics(agencyId);
  }

  /** Computes the public figures from the records and stores them as the published snapshot (the schedule). */
  async refreshPublicStatistics(agencyId: string, now: Date = this.deps.clock.now()): Promise<PublicStatistics> {
    const [plan, obligations, cases, ratings] = await Promise.all([this.deps.reporting.getPlan(agencyId), this.deps.reporting.listObligations(agencyId), this.deps.cases.list(agencyId), this.deps.ratings.list(agencyId)]);
    if (!plan) throw new NotFoundError('kế hoạch báo cáo / reporting plan', agencyId);
    const figures = publicStatistics(plan, obligations, cases, ratings, now);
    await this.deps.snapshots.put(agencyId, figures);
    return figures;
  }
}
