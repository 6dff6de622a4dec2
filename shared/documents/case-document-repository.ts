import type { CaseDocument, StoredCaseDocument } from './case-documents.ts';
import type { RegisterRequest } from './register.ts';

/** What a document is before the register gives it a number. */
export type UnnumberedCaseDocument = Omit<CaseDocument, 'year' | 'number' | 'symbol'>;

/** The case documents' store: issuing numbers and records a document in one step. */
export interface CaseDocumentRepository {
  /**
   * Takes the register's next number for the document and stores it (and, for a correction, marks the
   * one it replaces), all or nothing. Issuing a document that exists gives it back unchanged.
   */
  issue(document: UnnumberedCaseDocument, register: Pick<RegisterRequest, 'agencySymbol' | 'summary'>): Promise<StoredCaseDocument>;
  get(agencyId: string, caseId: string, documentId: string): Promise<StoredCaseDocument | undefined>;
  /** The case's documents in the order they were issued. */
  list(agencyId: string, caseId: string): Promise<StoredCaseDocument[]>;
  /** Every case document of the agency (for its registers), in one read. */
  listAgency(agencyId: string): Promise<StoredCaseDocument[]>;
  /** Records the built file of a pending document; a document already built is left as it is. */
  markReady(agencyId: string, caseId: string, documentId: string, file: NonNullable<CaseDocument['file']>): Promise<StoredCaseDocument>;
}
