import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '../errors.ts';
import type { Clock } from '../clock.ts';
import { queryPrefix, transactVersioned, withoutKeys, type Item, type Key, type TransactionExtra } from '../storage/dynamodb.ts';
import { documentSymbol, RegisterEntrySchema, RegisterRequestSchema, type OutgoingRegister, type RegisterEntry, type RegisterRequest } from './register.ts';

const agencyPk = (agencyId: string) => `AGENCY#${agencyId}`;
const counterSk = (year: number) => `REGISTER-OUT#${year}`;
const entrySk = (year: number, n: number) => `REGISTER-OUT-ENTRY#${year}#${String(n).padStart(6, '0')}`;
const documentSk = (documentId: string) => `REGISTER-OUT-DOCUMENT#${documentId}`;

/** Enough for any real office: each retry follows another document that took the number first. */
const MAX_ATTEMPTS = 50;

/**
 * The outgoing register in the platform's table. The year's counter (`version` = the last number given)
 * is replaced at the version read, in one transaction with the entry and a marker of the document, so
 * two documents issued at the same moment get two consecutive numbers, a failed write takes none, and
 * a document registered again gets the number it has.
 */
export class DynamoDbOutgoingRegister implements OutgoingRegister {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  register(input: RegisterRequest): Promise<RegisterEntry> {
    return this.registerWith(input, () => []);
  }

  /**
   * Registers the document together with `extras(entry)`, the writes that record it (the document
   * itself, a mark on the one it replaces), in the transaction that takes its number: the number is
   * never given without them, nor they written without it.
   */
  async registerWith(input: RegisterRequest, extras: (entry: RegisterEntry) => readonly TransactionExtra[]): Promise<RegisterEntry> {
    const request = RegisterRequestSchema.parse(input);
    const year = Number(request.issuedOn.slice(0, 4));
    const pk = agencyPk(request.agencyId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const existing = await this.already(pk, request.documentId);
      if (existing) return existing;
      const counter = await this.read({ pk, sk: counterSk(year) });
      const last = typeof counter?.version === 'number' ? counter.version : 0;
      const number = last + 1;
      const entry: RegisterEntry = {
        ...request,
        year,
        number,
        symbol: documentSymbol({ number, type: request.type, agencySymbol: request.agencySymbol }),
        registeredAt: this.clock.now().toISOString(),
      };
      try {
        await transactVersioned(
          this.db,
          this.tableName,
          { pk, sk: counterSk(year), entity: 'register-counter', year, version: number },
          counter ? last : null,
          [
            { put: { pk, sk: entrySk(year, number), entity: 'register-entry', ...entry } },
            { put: { pk, sk: documentSk(request.documentId), entity: 'register-document', year, number } },
            ...extras(entry),
          ],
          'outgoing-register',
        );
        return entry;
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        // Another document took this number, or this document was registered meanwhile: read again.
      }
    }
    throw new Error(`The outgoing register of ${request.agencyId} stayed contended for ${MAX_ATTEMPTS} attempts`);
  }

  async entries(agencyId: string, year: number): Promise<RegisterEntry[]> {
    const items = await queryPrefix(this.db, this.tableName, agencyPk(agencyId), `REGISTER-OUT-ENTRY#${year}#`);
    return items.map((item) => RegisterEntrySchema.parse(withoutKeys(item)));
  }

  /** A strongly consistent read: the number given last, not a replica's older one. */
  private async read(key: Key): Promise<Item | undefined> {
    return (await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }))).Item;
  }

  private async already(pk: string, documentId: string): Promise<RegisterEntry | undefined> {
    const marker = await this.read({ pk, sk: documentSk(documentId) });
    if (!marker) return undefined;
    const item = await this.read({ pk, sk: entrySk(Number(marker.year), Number(marker.number)) });
    return item ? RegisterEntrySchema.parse(withoutKeys(item)) : undefined;
  }
}
