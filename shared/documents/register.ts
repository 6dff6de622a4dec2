import * as z from 'zod';
import { CivilDateSchema } from '../deadlines/civil-date.ts';

/**
 * The agency's register of outgoing documents (sổ đăng ký văn bản đi): every document the office issues
 * takes the next number of the year, and the number goes with the document's record in one write, so a
 * number is never given twice and never left unused by a write that failed (NĐ 30/2020/NĐ-CP Điều 15:
 * numbers in Arabic figures, from 01 on 1 January to 31 December).
 */

/**
 * The abbreviations of the document types the office issues for citizens' cases, as the symbol writes them
 * ("15/TB-SKHCN"). From NĐ 30/2020/NĐ-CP Phụ lục III, as recalled: to be checked against the appendix.
 */
export const DOCUMENT_TYPE_ABBREVIATIONS = {
  'thong-bao': 'TB',
  'quyet-dinh': 'QĐ',
  'phieu-chuyen': 'PC',
  'bao-cao': 'BC',
  'ke-hoach': 'KH',
  'to-trinh': 'TTr',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPE_ABBREVIATIONS;
export const DocumentTypeSchema = z.enum(Object.keys(DOCUMENT_TYPE_ABBREVIATIONS) as [DocumentType, ...DocumentType[]]);

/**
 * The agency's part of a document symbol, from its short name.
 * @example documentSymbolOf('Sở KH&CN') // "SKHCN", as in "Số: …/BC-SKHCN"
 */
export function documentSymbolOf(shortName: string): string {
  const ascii = shortName.normalize('NFC').replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd')).normalize('NFD').replace(/\p{M}/gu, '');
  return ascii
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const letters = word.replace(/[^A-Za-z0-9]/g, '');
      return letters === letters.toUpperCase() ? letters : letters.charAt(0).toUpperCase();
    })
    .join('');
}

/** A number as the register writes it: two digits at least ("01", "09", "15", "123"). */
export const formatDocumentNumber = (n: number): string => String(n).padStart(2, '0');

/**
 * The "Số, ký hiệu" of a document: its number, its type's abbreviation, the agency's symbol.
 * @example documentSymbol({ number: 15, type: 'thong-bao', agencySymbol: 'SKHCN' }) // "15/TB-SKHCN"
 */
export function documentSymbol(input: { number: number; type: DocumentType; agencySymbol: string }): string {
  return `${formatDocumentNumber(input.number)}/${DOCUMENT_TYPE_ABBREVIATIONS[input.type]}-${input.agencySymbol}`;
}

/** What a document asks of the register: which document (its id, once), of what type, issued on which day. */
export const RegisterRequestSchema = z.object({
  agencyId: z.string().min(1),
  agencySymbol: z.string().min(1).max(20),
  /** The document's own id: asking twice for the same document gives the same number. */
  documentId: z.string().min(1).max(128),
  type: DocumentTypeSchema,
  /** The issue date: its year is the register's year. */
  issuedOn: CivilDateSchema,
  /** What the document is about (trích yếu), and the record it belongs to. */
  summary: z.string().min(1).max(500),
  subjectRef: z.string().min(1).max(200),
  issuedBy: z.string().min(1),
});
export type RegisterRequest = z.infer<typeof RegisterRequestSchema>;

export const RegisterEntrySchema = RegisterRequestSchema.extend({
  year: z.number().int(),
  number: z.number().int().min(1),
  symbol: z.string().min(1),
  registeredAt: z.iso.datetime({ offset: true }),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

/** The register's store: {@link OutgoingRegister.register} is idempotent per document. */
export interface OutgoingRegister {
  /** The next number of the year for this document, or the number it already has. */
  register(request: RegisterRequest): Promise<RegisterEntry>;
  /** The year's entries, in number order. */
  entries(agencyId: string, year: number): Promise<RegisterEntry[]>;
}
