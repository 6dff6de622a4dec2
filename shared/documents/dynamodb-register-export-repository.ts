import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, VersionConflictError } from '../errors.ts';
import { getItem, putIfAbsent, updateVersioned, withoutKeys } from '../storage/dynamodb.ts';
import { RegisterExportSchema, type RegisterExport, type RegisterExportRepository } from './register-exports.ts';

const key = (agencyId: string, exportId: string) => ({ pk: `AGENCY#${agencyId}`, sk: `REGISTER-EXPORT#${exportId}` });
const parse = (item: Record<string, unknown>) => RegisterExportSchema.parse(withoutKeys(item));

/** Register exports in the platform's table; the rows and the workbook live in the attachments bucket. */
export class DynamoDbRegisterExportRepository implements RegisterExportRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(record: RegisterExport): Promise<void> {
    if (!(await putIfAbsent(this.db, this.tableName, { ...key(record.agencyId, record.exportId), entity: 'register-export', ...record }))) {
      throw new ConflictError('export-exists', 'Bản xuất này đã có.', 'This export exists already.');
    }
  }

  async get(agencyId: string, exportId: string): Promise<RegisterExport | undefined> {
    const item = await getItem(this.db, this.tableName, key(agencyId, exportId));
    return item && parse(item);
  }

  async markReady(agencyId: string, exportId: string, file: NonNullable<RegisterExport['file']>): Promise<RegisterExport> {
    try {
      await updateVersioned(this.db, this.tableName, key(agencyId, exportId), 0, { status: 'ready', file }, 'Bản xuất / The export');
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
    const stored = await this.get(agencyId, exportId);
    if (!stored) throw new Error(`No register export ${exportId}`);
    return stored;
  }
}
