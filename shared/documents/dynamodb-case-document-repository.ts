import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import { getItem, queryPrefix, updateVersioned, withoutKeys, type Item } from '../storage/dynamodb.ts';
import type { CaseDocumentRepository, UnnumberedCaseDocument } from './case-document-repository.ts';
import { CaseDocumentSchema, type CaseDocument, type StoredCaseDocument } from './case-documents.ts';
import type { DynamoDbOutgoingRegister } from './dynamodb-outgoing-register.ts';
import type { RegisterRequest } from './register.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
/** Not under `CASE#`: the case list reads that prefix. A replacement mark sorts right after its document. */
const prefix = (caseId: string) => `CASE-DOCUMENT#${caseId}#`;
const documentKey = (agencyId: string, caseId: string, documentId: string) => ({ pk: agencyPk(agencyId), sk: `${prefix(caseId)}${documentId}` });
const replacedKey = (agencyId: string, caseId: string, documentId: string) => ({ pk: agencyPk(agencyId), sk: `${prefix(caseId)}${documentId}#REPLACED` });

/**
 * Case documents in the platform's table, numbered by the outgoing register in the same transaction:
 * the document, its register entry and, for a correction, the mark on the document it replaces (which
 * must not be there yet, so a document is replaced once).
 */
export class DynamoDbCaseDocumentRepository implements CaseDocumentRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly register: DynamoDbOutgoingRegister,
  ) {}

  async issue(document: UnnumberedCaseDocument, register: Pick<RegisterRequest, 'agencySymbol' | 'summary'>): Promise<StoredCaseDocument> {
    const { agencyId, caseId, documentId } = document;
    const entry = await this.register.registerWith(
      { agencyId, agencySymbol: register.agencySymbol, documentId: `${caseId}/${documentId}`, type: document.documentType, issuedOn: document.issuedOn, summary: register.summary, subjectRef: caseId, issuedBy: document.issuedBy },
      (numbered) => {
        const record: CaseDocument = { ...document, year: numbered.year, number: numbered.number, symbol: numbered.symbol };
        return [
          { put: { ...documentKey(agencyId, caseId, documentId), entity: 'case-document', version: 0, ...record } },
          ...(document.replaces ? [{ put: { ...replacedKey(agencyId, caseId, document.replaces.documentId), entity: 'case-document-replaced', documentId, symbol: numbered.symbol } }] : []),
        ];
      },
    );
    const stored = await this.get(agencyId, caseId, documentId);
    if (!stored) throw new Error(`Register entry ${entry.symbol} has no document ${caseId}/${documentId}`);
    return stored;
  }

  async get(agencyId: string, caseId: string, documentId: string): Promise<StoredCaseDocument | undefined> {
    const [item, replaced] = await Promise.all([getItem(this.db, this.tableName, documentKey(agencyId, caseId, documentId)), getItem(this.db, this.tableName, replacedKey(agencyId, caseId, documentId))]);
    return item && withReplacement(item, replaced);
  }

  list(agencyId: string, caseId: string): Promise<StoredCaseDocument[]> {
    return this.listPrefix(agencyId, prefix(caseId));
  }

  listAgency(agencyId: string): Promise<StoredCaseDocument[]> {
    return this.listPrefix(agencyId, 'CASE-DOCUMENT#');
  }

  private async listPrefix(agencyId: string, sk: string): Promise<StoredCaseDocument[]> {
    const items = await queryPrefix(this.db, this.tableName, agencyPk(agencyId), sk);
    const marks = new Map(items.filter((i) => i.entity === 'case-document-replaced').map((i) => [String(i.sk).slice(0, -'#REPLACED'.length), i]));
    return items
      .filter((i) => i.entity === 'case-document')
      .map((i) => withReplacement(i, marks.get(String(i.sk))))
      .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.number - b.number);
  }

  async markReady(agencyId: string, caseId: string, documentId: string, file: NonNullable<CaseDocument['file']>): Promise<StoredCaseDocument> {
    try {
      await updateVersioned(this.db, this.tableName, documentKey(agencyId, caseId, documentId), 0, { status: 'ready', file }, 'Văn bản / The document');
    } catch (error) {
      // Built already (a redelivered stream record): the first file stays the document's.
      if (!(error instanceof VersionConflictError)) throw error;
    }
    const stored = await this.get(agencyId, caseId, documentId);
    if (!stored) throw new Error(`No document ${caseId}/${documentId}`);
    return stored;
  }
}

function withReplacement(item: Item, mark: Item | undefined): StoredCaseDocument {
  const { version: _version, ...rest } = withoutKeys(item);
  const doc = CaseDocumentSchema.parse(rest);
  return mark ? { ...doc, replacedBy: { documentId: String(mark.documentId), symbol: String(mark.symbol) } } : doc;
}
