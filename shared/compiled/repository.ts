import type { CompiledReport, CompiledReportSummary, DeliveryEvent, RecipientList } from './model.ts';

export interface CompiledReportRepository {
  /** False when a report with this id exists already (one automatic draft per period). */
  create(report: CompiledReport): Promise<boolean>;
  get(agencyId: string, reportId: string): Promise<CompiledReport | undefined>;
  /** Every report of the agency without its content (lists never load the narratives). */
  list(agencyId: string): Promise<CompiledReportSummary[]>;
  save(report: CompiledReport, expectedVersion: number): Promise<CompiledReport>;
  findBySesMessageId(messageId: string): Promise<CompiledReportSummary | undefined>;
  /** Appends a delivery event at the summary's version (a conflict if the report changed since). */
  addDeliveryEvent(report: CompiledReportSummary, event: DeliveryEvent): Promise<void>;
  recipientLists(agencyId: string): Promise<RecipientList[]>;
  saveRecipientLists(agencyId: string, lists: RecipientList[]): Promise<void>;
}
