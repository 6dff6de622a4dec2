import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, VersionConflictError } from '../errors.ts';
import { getItem, putIfAbsent, putVersioned, queryPrefix, withoutKeys, type Item } from '../storage/dynamodb.ts';
import { DraftSchema, ObligationSchema, ObstacleSchema, ReportingPlanSchema, SubmissionSchema, type Draft, type Obligation, type Obstacle, type ReportingPlan, type Submission } from './model.ts';
import type { ReportingRepository } from './repository.ts';

/** The stream handler recognises obstacle reports by this entity name. */
export const OBSTACLE_ENTITY = 'obstacle';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const keys = {
  plan: (agencyId: string) => ({ pk: agencyPk(agencyId), sk: 'REPORTING-PLAN' }),
  obligation: (agencyId: string, obligationId: string) => ({ pk: agencyPk(agencyId), sk: `OBLIGATION#${obligationId}` }),
  obligationCode: (code: string) => ({ gsi1pk: `OBLIGATION-CODE#${code}`, gsi1sk: 'OBLIGATION' }),
  draft: (agencyId: string, obligationId: string) => ({ pk: agencyPk(agencyId), sk: `DRAFT#${obligationId}` }),
  submission: (agencyId: string, obligationId: string, version: number) => ({ pk: agencyPk(agencyId), sk: `SUBMISSION#${obligationId}#${String(version).padStart(4, '0')}` }),
  idempotency: (agencyId: string, obligationId: string, key: string) => ({ pk: agencyPk(agencyId), sk: `IDEMPOTENCY#${obligationId}#${key}` }),
  receiptCounter: (agencyId: string, year: number) => ({ pk: agencyPk(agencyId), sk: `COUNTER#RECEIPT#${year}` }),
  obstacle: (agencyId: string, reportedAt: string, obstacleId: string) => ({ pk: agencyPk(agencyId), sk: `OBSTACLE#${reportedAt}#${obstacleId}` }),
};

/** Idempotency keys are kept long enough for any retry, then expire (TTL). */
const IDEMPOTENCY_TTL_SECONDS = 30 * 86_400;

export class DynamoDbReportingRepository implements ReportingRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getPlan(agencyId: string): Promise<ReportingPlan | undefined> {
    const item = await this.get(keys.plan(agencyId));
    return item && ReportingPlanSchema.parse(withoutKeys(item));
  }

  async savePlan(plan: ReportingPlan, expectedVersion: number | null): Promise<boolean> {
    if (expectedVersion === null) return putIfAbsent(this.db, this.tableName, { ...keys.plan(plan.agencyId), entity: 'reporting-plan', ...plan, version: 0 });
    await putVersioned(this.db, this.tableName, { ...keys.plan(plan.agencyId), entity: 'reporting-plan', ...plan, version: expectedVersion + 1 }, expectedVersion, 'Kế hoạch báo cáo / The reporting plan');
    return true;
  }

  async createObligations(obligations: Obligation[]): Promise<Obligation[]> {
    const created: Obligation[] = [];
    for (const obligation of obligations) {
      const item = { ...keys.obligation(obligation.agencyId, obligation.obligationId), ...keys.obligationCode(obligation.code), entity: 'obligation', ...obligation };
      if (await putIfAbsent(this.db, this.tableName, item)) created.push(obligation);
    }
    return created;
  }

  async listObligations(agencyId: string): Promise<Obligation[]> {
    return (await this.queryPrefix(agencyPk(agencyId), 'OBLIGATION#')).map((item) => ObligationSchema.parse(withoutKeys(item))).filter((o) => !o.supersededBy);
  }

  async saveObligation(obligation: Obligation, expectedVersion: number): Promise<Obligation> {
    const saved = { ...obligation, version: expectedVersion + 1 };
    const item = { ...keys.obligation(obligation.agencyId, obligation.obligationId), ...keys.obligationCode(obligation.code), entity: 'obligation', ...saved };
    await putVersioned(this.db, this.tableName, item, expectedVersion, 'Nghĩa vụ báo cáo / The obligation');
    return saved;
  }

  async getObligation(agencyId: string, obligationId: string): Promise<Obligation | undefined> {
    const item = await this.get(keys.obligation(agencyId, obligationId));
    return item && ObligationSchema.parse(withoutKeys(item));
  }

  async findObligationByCode(code: string): Promise<Obligation | undefined> {
    const { gsi1pk, gsi1sk } = keys.obligationCode(code.toUpperCase());
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byLookup',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :sk',
        ExpressionAttributeValues: { ':pk': gsi1pk, ':sk': gsi1sk },
      }),
    );
    const item = result.Items?.[0];
    return item && ObligationSchema.parse(withoutKeys(item));
  }

  async getDraft(agencyId: string, obligationId: string): Promise<Draft | undefined> {
    const item = await this.get(keys.draft(agencyId, obligationId));
    return item && DraftSchema.parse(withoutKeys(item));
  }

  async saveDraft(draft: Draft, expectedVersion: number | null): Promise<Draft> {
    const stored = { ...draft, version: expectedVersion === null ? 0 : expectedVersion + 1 };
    await putVersioned(this.db, this.tableName, { ...keys.draft(draft.agencyId, draft.obligationId), entity: 'draft', ...stored }, expectedVersion, 'Bản nháp / The draft');
    return stored;
  }

  async listSubmissions(agencyId: string, obligationId: string): Promise<Submission[]> {
    return (await this.queryPrefix(agencyPk(agencyId), `SUBMISSION#${obligationId}#`)).map((item) => SubmissionSchema.parse(withoutKeys(item)));
  }

  async addSubmission(obligation: Obligation, submission: Submission, idempotencyKey: string | undefined): Promise<{ submission: Submission; created: boolean }> {
    const { agencyId, obligationId } = obligation;
    const expiresAt = Math.floor(Date.parse(submission.submittedAt) / 1000) + IDEMPOTENCY_TTL_SECONDS;
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.submission(agencyId, obligationId, submission.version), entity: 'submission', ...submission },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.obligation(agencyId, obligationId),
                UpdateExpression: 'SET latestVersion = :v, version = version + :one, firstSubmittedAt = if_not_exists(firstSubmittedAt, :at)',
                ConditionExpression: 'version = :expected',
                ExpressionAttributeValues: { ':v': submission.version, ':one': 1, ':at': submission.submittedAt, ':expected': obligation.version },
              },
            },
            ...(idempotencyKey
              ? [
                  {
                    Put: {
                      TableName: this.tableName,
                      Item: { ...keys.idempotency(agencyId, obligationId, idempotencyKey), entity: 'idempotency', submissionVersion: submission.version, expiresAt },
                      ConditionExpression: 'attribute_not_exists(pk)',
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return { submission, created: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (idempotencyKey) {
        const earlier = await this.get(keys.idempotency(agencyId, obligationId, idempotencyKey));
        const version = earlier?.submissionVersion;
        if (typeof version === 'number') {
          const existing = await this.get(keys.submission(agencyId, obligationId, version));
          if (existing) return { submission: SubmissionSchema.parse(withoutKeys(existing)), created: false };
        }
      }
      throw new VersionConflictError('Báo cáo / The report', { cause: error });
    }
  }

  async nextReceiptNumber(agencyId: string, year: number): Promise<number> {
    const result = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.receiptCounter(agencyId, year),
        UpdateExpression: 'ADD #n :one SET entity = :entity',
        ExpressionAttributeNames: { '#n': 'value' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'counter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(result.Attributes?.value);
  }

  async addObstacle(obstacle: Obstacle): Promise<void> {
    const created = await putIfAbsent(this.db, this.tableName, { ...keys.obstacle(obstacle.agencyId, obstacle.reportedAt, obstacle.obstacleId), entity: OBSTACLE_ENTITY, ...obstacle });
    if (!created) throw new ConflictError('already-exists', 'Vướng mắc này đã được ghi nhận.', 'This obstacle was recorded already.');
  }

  async listObstacles(agencyId: string): Promise<Obstacle[]> {
    return (await this.queryPrefix(agencyPk(agencyId), 'OBSTACLE#')).map((item) => ObstacleSchema.parse(withoutKeys(item))).reverse();
  }

  private get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    return getItem(this.db, this.tableName, key);
  }

  private queryPrefix(pk: string, prefix: string): Promise<Item[]> {
    return queryPrefix(this.db, this.tableName, pk, prefix);
  }
}
