import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { putIfAbsent, queryPrefix, withoutKeys } from '../storage/dynamodb.ts';
import { AgencyTemplateVersionSchema, type AgencyTemplateVersion, type NoticeTemplateStore } from './notice-templates.ts';

const key = (v: AgencyTemplateVersion) => ({ pk: `AGENCY#${v.agencyId}`, sk: `NOTICE-TEMPLATE#${v.template.id}#${v.template.validFrom}#${String(v.seq).padStart(6, '0')}` });

/** An agency's versions of the case-document templates: each written once, never replaced. */
export class DynamoDbNoticeTemplateStore implements NoticeTemplateStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(agencyId: string): Promise<AgencyTemplateVersion[]> {
    return (await queryPrefix(this.db, this.tableName, `AGENCY#${agencyId}`, 'NOTICE-TEMPLATE#')).map((item) => AgencyTemplateVersionSchema.parse(withoutKeys(item)));
  }

  create(version: AgencyTemplateVersion): Promise<boolean> {
    return putIfAbsent(this.db, this.tableName, { ...key(version), entity: 'notice-template', ...version });
  }
}
