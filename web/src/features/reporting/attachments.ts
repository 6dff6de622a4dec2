import {
  ALLOWED_ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type Attachment,
  type AttachmentContentType,
} from '../../../../shared/reporting/model.ts';

export type AttachmentProblem = 'type' | 'size' | 'empty' | 'count';

const BY_EXTENSION = new Map<string, AttachmentContentType>(
  (Object.entries(ALLOWED_ATTACHMENT_TYPES) as [AttachmentContentType, { extension: string }][]).map(([type, { extension }]) => [extension, type]),
);

/** `.pdf, .docx, .xlsx, .odt`, for the file picker's `accept`. */
export const ACCEPT = [...BY_EXTENSION.keys()].map((extension) => `.${extension}`).join(',');

/**
 * The allowed content type of a file, by its extension: browsers report `.odt` or `.docx` types
 * unreliably (often empty), and the server checks the bytes anyway.
 */
export function contentTypeOf(filename: string): AttachmentContentType | undefined {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(filename.slice(dot + 1).toLowerCase());
}

/** Why a file cannot be attached next to the `already` attached ones, or null when it can. */
export function attachmentProblem(file: { name: string; size: number }, already: number): AttachmentProblem | null {
  if (already >= MAX_ATTACHMENTS) return 'count';
  if (!contentTypeOf(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'size';
  return null;
}

/** `1.2 MB`, `340 kB`, `12 B`: sizes as people read them (decimal units, Vietnamese comma). */
export function formatSize(bytes: number, language: 'vi' | 'en'): string {
  const format = (value: number) => value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1_000_000) return `${format(bytes / 1_000_000)} MB`;
  if (bytes >= 1_000) return `${format(bytes / 1_000)} kB`;
  return `${bytes} B`;
}

/** What the API takes in `attachments`: the stored key and the name to show. */
export function attachmentRefs(attachments: readonly Pick<Attachment, 'key' | 'filename'>[]): { key: string; filename: string }[] {
  return attachments.map(({ key, filename }) => ({ key, filename }));
}
