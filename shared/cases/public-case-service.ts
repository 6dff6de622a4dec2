import type { CalendarService } from '../calendar/service.ts';
import type { Clock } from '../clock.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { localDate } from '../time-zone.ts';
import type { CitizenCase } from './model.ts';
import { toPublicView, type PublicCaseView } from './public-view.ts';
import { mayRate, type RatingInput, type RatingRepository } from './rating.ts';
import type { CaseRepository } from './repository.ts';
import { hashTrackingCode, normalizeTrackingCode } from './tracking-code.ts';

export interface PublicCaseDependencies {
  cases: Pick<CaseRepository, 'findByTrackingHash'>;
  ratings: RatingRepository;
  calendars: Pick<CalendarService, 'workingCalendar'>;
  clock: Clock;
}

/**
 * What the holder of a tracking code may do without an account: follow the case, learn the next level
 * open to them, and once its handling has ended, rate it once. An unknown or mistyped code is the same
 * 404 everywhere, so the endpoints tell nothing about which codes exist.
 */
export class PublicCaseService {
  constructor(private readonly deps: PublicCaseDependencies) {}

  async status(trackingCode: string): Promise<PublicCaseView> {
    const c = await this.find(trackingCode);
    return this.view(c);
  }

  /** The first rating stands: the same level again (a retried request) is answered as accepted, another is refused. */
  async rate(trackingCode: string, input: RatingInput): Promise<PublicCaseView> {
    const c = await this.find(trackingCode);
    if (!mayRate(c)) throw new ConflictError('not-yet-rateable', 'Hồ sơ chưa kết thúc xử lý nên chưa thể đánh giá.', 'The case is still being handled; it can be rated once its handling ends.');
    const now = this.deps.clock.now().toISOString();
    const created = await this.deps.ratings.create({ agencyId: c.agencyId, caseId: c.id, type: c.type, level: input.level, ratedAt: now, ratedOn: localDate(now) });
    if (!created) {
      const existing = await this.deps.ratings.get(c.agencyId, c.id);
      if (existing?.level !== input.level) throw new ConflictError('already-rated', 'Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.', 'This case has been rated already; each case is rated once.');
    }
    return this.view(c);
  }

  private async find(trackingCode: string): Promise<CitizenCase> {
    const normalized = normalizeTrackingCode(trackingCode);
    const found = normalized ? await this.deps.cases.findByTrackingHash(hashTrackingCode(normalized)) : undefined;
    if (!found) throw new NotFoundError('hồ sơ / case', 'mã tra cứu / tracking code');
    return found;
  }

  private async view(c: CitizenCase): Promise<PublicCaseView> {
    const [rating, calendar] = await Promise.all([this.deps.ratings.get(c.agencyId, c.id), this.deps.calendars.workingCalendar(c.agencyId)]);
    return toPublicView(c, { rating, today: localDate(this.deps.clock.now().toISOString()), calendar });
  }
}
