import { ulid } from 'ulid';
import { maySeeRecord } from '../access/case-access.ts';
import { authorize, type Actor } from '../access/policy.ts';
import type { CaseRepository } from '../cases/repository.ts';
import { redactCase } from '../cases/redaction.ts';
import type { Clock } from '../clock.ts';
import type { CivilDate } from '../deadlines/civil-date.ts';
import { NotFoundError } from '../errors.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import type { CaseDocumentRepository } from './case-document-repository.ts';
import { mayReadCaseDocument } from './case-documents.ts';
import type { RegisterExportRepository } from './register-exports.ts';
import { registerTable, type RegisterId, type RegisterTable } from './registers.ts';

export interface RegisterDependencies {
  cases: CaseRepository;
  documents: CaseDocumentRepository;
  exports: RegisterExportRepository;
  organization: OrganizationRepository;
  store: AttachmentStore;
  clock: Clock;
}

/**
 * The office's registers for a range of receipt dates: the table on screen, or an XLSX built off the
 * request path. Each row is the case as the asker may see it (`maySeeRecord`, then `redactCase` for an
 * export), each document named only if they may read it (`mayReadCaseDocument`), each protected case
 * read logged, as the case list does.
 */
export class RegisterService {
  constructor(private readonly deps: RegisterDependencies) {}

  async table(actor: Actor, id: RegisterId, range: { from: CivilDate; to: CivilDate }): Promise<RegisterTable> {
    authorize(actor, 'case.read', { agencyId: actor.agencyId });
    const [cases, documents, directory] = await Promise.all([this.deps.cases.list(actor.agencyId), this.deps.documents.listAgency(actor.agencyId), this.deps.organization.directory(actor.agencyId)]);
    const visible = cases.filter((c) => maySeeRecord(actor, { kind: 'case', agencyId: c.agencyId, official: c.officialConcerned }, directory));
    const byId = new Map(visible.map((c) => [c.id, c]));
    const symbols = new Map<string, string[]>();
    for (const d of documents) {
      const c = byId.get(d.caseId);
      if (c && mayReadCaseDocument(actor, c, d, directory)) symbols.set(d.caseId, [...(symbols.get(d.caseId) ?? []), d.symbol]);
    }
    const table = registerTable(
      id,
      range,
      visible.map((c) => redactCase(c, actor, { directory, audience: 'export' })),
      (caseId) => symbols.get(caseId) ?? [],
    );
    const at = this.deps.clock.now().toISOString();
    for (const c of visible) {
      if (c.type === 'to-cao') await this.deps.cases.logAccess(actor.agencyId, { at, userId: actor.userId, action: `register:${id}`, recordId: c.id });
    }
    return table;
  }

  /** Makes the rows now, for this asker, and leaves the workbook to the `register-exports` function. */
  async export(actor: Actor, id: RegisterId, range: { from: CivilDate; to: CivilDate }) {
    const table = await this.table(actor, id, range);
    const exportId = ulid();
    const rowsKey = `register-exports/${actor.agencyId}/${exportId}.json`;
    await this.deps.store.put(rowsKey, new TextEncoder().encode(JSON.stringify(table)), 'application/json');
    const record = { agencyId: actor.agencyId, exportId, registerId: id, ...range, requestedBy: actor.userId, requestedAt: this.deps.clock.now().toISOString(), rowsKey, status: 'pending' as const };
    await this.deps.exports.create(record);
    return { exportId, registerId: id, ...range, status: record.status };
  }

  async exported(actor: Actor, id: RegisterId, exportId: string) {
    const found = await this.deps.exports.get(actor.agencyId, exportId);
    // Another person's export holds what they may see: for anyone else it does not exist.
    if (!found || found.requestedBy !== actor.userId || found.registerId !== id) throw new NotFoundError('bản xuất sổ / register export', exportId);
    const downloadUrl = found.file ? await this.deps.store.downloadUrl(found.file.key, found.file.filename) : undefined;
    return {
      exportId,
      registerId: found.registerId,
      from: found.from,
      to: found.to,
      status: found.status,
      ...(found.file ? { filename: found.file.filename, size: found.file.size } : {}),
      ...(downloadUrl ? { downloadUrl } : {}),
    };
  }
}
