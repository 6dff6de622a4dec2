import { ulid } from 'ulid';
import { actorOf, authorize, visibleUnits, type Actor } from '../access/policy.ts';
import { AttachmentIntake, keepingOnlyIfFiled, type AttachmentRef } from '../attachments/attachment-intake.ts';
import type { Clock } from '../clock.ts';
import { ConflictError, ValidationError, type ErrorDetail } from '../errors.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import type { MailSender, Obstacle } from './model.ts';
import type { ReportingRepository } from './repository.ts';
import { invalidReport } from './rules.ts';

export interface ObstacleInput {
  title: string;
  description: string;
  attachments: AttachmentRef[];
}

export interface ObstacleDependencies {
  repository: ReportingRepository;
  attachments: AttachmentStore;
  clock: Clock;
}

/** Who reports an obstacle: the unit it is about and the person or address recorded on it. */
interface Reporter {
  agencyId: string;
  unitId: string;
  reportedBy: string;
}

/** A unit's obstacles (vướng mắc): reported from the form or by e-mail, read by the office and leaders. */
export class ObstacleService {
  private readonly intake: AttachmentIntake;

  constructor(private readonly deps: ObstacleDependencies) {
    this.intake = new AttachmentIntake(deps.attachments);
  }

  /** From the web form: a reporter, for their own unit. */
  async report(actor: Actor, input: ObstacleInput): Promise<Obstacle> {
    if (!actor.unitId) throw new ValidationError('no-unit', 'Tài khoản không thuộc đơn vị nào.', 'Your account belongs to no unit.');
    authorize(actor, 'report.submit', { agencyId: actor.agencyId, unitId: actor.unitId });
    return this.record({ agencyId: actor.agencyId, unitId: actor.unitId, reportedBy: actor.userId }, input, 'web', {});
  }

  /**
   * From an e-mail (a system entry point): a reporter in the directory files as themselves, with their
   * rights; a unit's registered address files for that unit. `identity` names the obstacle after the
   * message, so a redelivery finds the one it filed.
   */
  async reportByMail(sender: MailSender, input: ObstacleInput, identity: { obstacleId: string; reportedAt: string }): Promise<Obstacle> {
    if (sender.kind === 'user') {
      const actor = actorOf(sender.user);
      authorize(actor, 'report.submit', { agencyId: sender.unit.agencyId, unitId: sender.unit.unitId });
      return this.record({ agencyId: actor.agencyId, unitId: sender.unit.unitId, reportedBy: actor.userId }, input, 'email', identity);
    }
    return this.record({ agencyId: sender.unit.agencyId, unitId: sender.unit.unitId, reportedBy: `email:${sender.address}` }, input, 'email', identity);
  }

  async list(actor: Actor): Promise<Obstacle[]> {
    const visible = visibleUnits(actor, 'report.read');
    const all = await this.deps.repository.listObstacles(actor.agencyId);
    return all.filter((o) => visible === 'all' || visible.includes(o.unitId));
  }

  private async record(reporter: Reporter, input: ObstacleInput, channel: Obstacle['channel'], identity: { obstacleId?: string; reportedAt?: string }): Promise<Obstacle> {
    const { agencyId, unitId } = reporter;
    const problems: ErrorDetail[] = [];
    const filed = await this.intake.file({ agencyId, unitId }, input.attachments, problems);
    if (problems.length > 0) throw invalidReport(problems);
    const obstacle: Obstacle = {
      agencyId,
      obstacleId: identity.obstacleId ?? ulid(),
      unitId,
      title: input.title,
      description: input.description,
      channel,
      reportedBy: reporter.reportedBy,
      reportedAt: identity.reportedAt ?? this.deps.clock.now().toISOString(),
      attachments: filed.attachments,
    };
    const isNew = await keepingOnlyIfFiled(filed, (created) => created, async () => {
      try {
        await this.deps.repository.addObstacle(obstacle);
        return true;
      } catch (error) {
        // The same message delivered again: the obstacle it filed is the answer.
        if (!(identity.obstacleId && error instanceof ConflictError)) throw error;
        return false;
      }
    });
    return isNew ? obstacle : ((await this.deps.repository.listObstacles(agencyId)).find((o) => o.obstacleId === obstacle.obstacleId) ?? obstacle);
  }
}
