import { ALLOWED_ATTACHMENT_TYPES, type AttachmentContentType } from '../reporting/model.ts';
import { inspectPdf } from './pdf-inspection.ts';
import { refusalsFor, type FileRefusal } from './refusals.ts';
import { ARCHIVE_FORMATS, inspectArchive } from './zip-inspection.ts';

/**
 * Why a file is not what its type claims or is unsafe to file, or undefined when it may be filed:
 * the first bytes, then the whole content (a PDF's actions, an archive's parts, sizes and structure).
 *
 * @example await inspectFile('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docxWithExe)
 * // { code: 'executable', vi: 'Tệp .docx chứa tệp chạy được (virus.exe) — không nhận', en: '…' }
 */
export async function inspectFile(type: AttachmentContentType, bytes: Uint8Array): Promise<FileRefusal | undefined> {
  const { extension, magic } = ALLOWED_ATTACHMENT_TYPES[type];
  if (Buffer.from(bytes.subarray(0, magic.length)).toString('latin1') !== magic) return refusalsFor(extension).notItsType();
  return extension === 'pdf' ? inspectPdf(bytes) : inspectArchive(bytes, ARCHIVE_FORMATS[extension]);
}

/** A refusal as an API error detail reads it: `"vi / en"`. */
export const refusalMessage = (refusal: FileRefusal) => `${refusal.vi} / ${refusal.en}`;
