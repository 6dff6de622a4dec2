import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarYear } from '../deadlines/calendar.ts';
import { ConflictError } from '../errors.ts';
import { queryPrefix, transactVersioned, withoutKeys } from '../storage/dynamodb.ts';
import { CalendarEditSchema, StoredCalendarYearSchema, type CalendarEdit, type StoredCalendarYear } from './model.ts';
import type { CalendarRepository } from './repository.ts';

/** The stream handler recognises calendar edits by this entity name. */
export const CALENDAR_YEAR_ENTITY = 'calendar-year';

const keys = {
  year: (agencyId: string, year: number) => ({ pk: `AGENCY#${agencyId}`, sk: `CALENDAR#${year}` }),
  edit: (agencyId: string, year: number, at: string, editId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `CALENDAR-EDIT#${year}#${at}#${editId}` }),
};

export class DynamoDbCalendarRepository implements CalendarRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listYears(agencyId: string): Promise<StoredCalendarYear[]> {
    const items = await queryPrefix(this.db, this.tableName, `AGENCY#${agencyId}`, 'CALENDAR#');
    return items.map((item) => StoredCalendarYearSchema.parse(withoutKeys(item))).sort((a, b) => a.data.year - b.data.year);
  }

  async getYear(agencyId: string, year: number): Promise<StoredCalendarYear | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.year(agencyId, year) }));
    return result.Item && StoredCalendarYearSchema.parse(withoutKeys(result.Item));
  }

  async saveYear(
    agencyId: string,
    data: CalendarYear,
    expectedVersion: number | null,
    edit: { editId: string; at: string; by: string; reason: string },
  ): Promise<StoredCalendarYear> {
    const before = expectedVersion === null ? undefined : await this.getYear(agencyId, data.year);
    const stored: StoredCalendarYear = {
      agencyId,
      data,
      updatedAt: edit.at,
      updatedBy: edit.by,
      version: expectedVersion === null ? 0 : expectedVersion + 1,
    };
    const record: CalendarEdit = { agencyId, year: data.year, editId: edit.editId, at: edit.at, by: edit.by, reason: edit.reason, before: before?.data ?? null, after: data };
    const edited = { put: { ...keys.edit(agencyId, data.year, edit.at, edit.editId), entity: 'calendar-edit', ...record } };
    const year = { ...keys.year(agencyId, data.year), entity: CALENDAR_YEAR_ENTITY, ...stored };
    await transactVersioned(this.db, this.tableName, year, expectedVersion, [edited], `Lịch năm ${data.year} / The calendar of ${data.year}`, () =>
      expectedVersion === null ? new ConflictError('already-exists', `Lịch năm ${data.year} đã có; hãy tải lại và sửa.`, `The calendar of ${data.year} exists already; reload and edit it.`) : undefined,
    );
    return stored;
  }

  async history(agencyId: string, year: number): Promise<CalendarEdit[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `AGENCY#${agencyId}`, ':prefix': `CALENDAR-EDIT#${year}#` },
        ScanIndexForward: false,
      }),
    );
    return (result.Items ?? []).map((item) => CalendarEditSchema.parse(withoutKeys(item)));
  }
}
