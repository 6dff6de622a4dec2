import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getItem, putIfAbsent, queryPrefix, withoutKeys } from '../storage/dynamodb.ts';
import { CaseRatingSchema, type CaseRating, type RatingRepository } from './rating.ts';

const key = (agencyId: string, caseId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `RATING#${caseId}` });

/** A case's rating beside the agency's records: written once (a condition on the key), never replaced. */
export class DynamoDbRatingRepository implements RatingRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(agencyId: string, caseId: string): Promise<CaseRating | undefined> {
    const item = await getItem(this.db, this.tableName, key(agencyId, caseId));
    return item && CaseRatingSchema.parse(withoutKeys(item));
  }

  create(rating: CaseRating): Promise<boolean> {
    return putIfAbsent(this.db, this.tableName, { ...key(rating.agencyId, rating.caseId), entity: 'rating', ...rating });
  }

  async list(agencyId: string): Promise<CaseRating[]> {
    return (await queryPrefix(this.db, this.tableName, `AGENCY#${agencyId}`, 'RATING#')).map((item) => CaseRatingSchema.parse(withoutKeys(item)));
  }
}
