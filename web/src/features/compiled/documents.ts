import { bytesFromBase64, downloadBlob } from '../reporting/download.ts';
import type { CompiledDocuments } from '../../api/types.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves the DOCX or the XLSX of a compiled report, as the API returned it (base64), with its MIME type. */
export function saveDocument(documents: CompiledDocuments, which: 'docx' | 'xlsx'): void {
  const file = documents[which];
  downloadBlob(file.filename, new Blob([bytesFromBase64(file.contentBase64)], { type: which === 'docx' ? DOCX_TYPE : XLSX_TYPE }));
}

/** The e-mail addresses a report goes to, each once, in list order: what the confirmation shows. */
export function recipientAddresses(lists: readonly { emails: readonly string[] }[]): string[] {
  return [...new Set(lists.flatMap((list) => list.emails))];
}
