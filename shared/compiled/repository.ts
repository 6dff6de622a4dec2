import type { CompiledReport, RecipientList } from './model.ts';

export interface CompiledReportRepository {
  /** False when a report with this id exists already (one automatic draft per period). */
  create(report: CompiledReport): Promise<boolean>;
  get(agencyId: string, reportId: string): Promise<CompiledReport | undefined>;
  list(agencyId: string): Promise<CompiledReport[]>;
  save(report: CompiledReport, expectedVersion: number): Promise<CompiledReport>;
  findBySesMessageId(messageId: string): Promise<CompiledReport | undefined>;
  recipientLists(agencyId: string): Promise<RecipientList[]>;
  saveRecipientLists(agencyId: string, lists: RecipientList[]): Promise<void>;
}
