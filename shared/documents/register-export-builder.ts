import { formatVi } from '../deadlines/civil-date.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import type { RegisterExportRepository } from './register-exports.ts';
import { RegisterTableSchema } from './registers.ts';
import { registerXlsx } from './register-xlsx.ts';
import type { OrganizationRepository } from '../organization/repository.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What the `register-exports` function does for each export asked for: reads the rows made on the
 * request, writes the workbook under its own key, marks the export ready; a redelivered record finds it
 * ready and does nothing.
 */
export class RegisterExportBuilder {
  constructor(private readonly deps: { exports: RegisterExportRepository; store: AttachmentStore; organization: OrganizationRepository }) {}

  async handle(ref: { agencyId: string; exportId: string }): Promise<{ built: boolean }> {
    const found = await this.deps.exports.get(ref.agencyId, ref.exportId);
    if (!found || found.status !== 'pending') return { built: false };
    const rows = await this.deps.store.get(found.rowsKey);
    if (!rows) throw new Error(`The rows of register export ${found.exportId} are missing (${found.rowsKey})`);
    const table = RegisterTableSchema.parse(JSON.parse(new TextDecoder().decode(rows)));
    const agency = await this.deps.organization.getAgency(found.agencyId);
    const bytes = await registerXlsx(table, agency?.name ?? found.agencyId);
    const key = `register-exports/${found.agencyId}/${found.exportId}.xlsx`;
    await this.deps.store.put(key, bytes, XLSX_TYPE);
    const day = (date: string) => formatVi(date).replaceAll('/', '-');
    const filename = `${table.register.id}-${day(table.from)}-den-${day(table.to)}.xlsx`;
    await this.deps.exports.markReady(found.agencyId, found.exportId, { key, filename, size: bytes.length });
    return { built: true };
  }
}
