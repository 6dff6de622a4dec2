import { ulid } from 'ulid';

/**
 * Attachment keys. A unit's browser uploads to `uploads/<agency>/<unit>/<id>/<name>` through a
 * presigned URL, which stays valid for minutes; a filed version's files are copies under `submitted/`,
 * a prefix no upload URL ever targets, so what was filed cannot be overwritten.
 */
const UPLOADS = 'uploads';
const SUBMITTED = 'submitted';

const safeName = (filename: string) => filename.normalize('NFC').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120);

/** Where a new upload of `unitId` goes; e-mail ingestion stores attachments under the same prefix. */
export const uploadKey = (agencyId: string, unitId: string, filename: string) => `${UPLOADS}/${agencyId}/${unitId}/${ulid()}/${safeName(filename)}`;

/** Where the checked copy of a filed attachment lives. */
export const submittedKey = (agencyId: string, unitId: string, filename: string) => `${SUBMITTED}/${agencyId}/${unitId}/${ulid()}/${safeName(filename)}`;

/**
 * A key as S3 and HTTP paths resolve it: percent-decoded once, `.` and empty segments dropped, `..`
 * applied. Undefined for what no generated key contains (backslashes, control characters, a leading
 * `/`, a `..` above the root, a second level of encoding).
 *
 * @example normaliseKey('uploads/a/don-vi-a/../don-vi-b/01J/x.pdf') // 'uploads/a/don-vi-b/01J/x.pdf'
 */
export function normaliseKey(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\\\p{Cc}]/u.test(decoded) || decoded.startsWith('/') || /%[0-9a-f]{2}/i.test(decoded)) return undefined;
  const segments: string[] = [];
  for (const segment of decoded.normalize('NFC').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.pop() === undefined) return undefined;
  }
  return segments.join('/');
}

/**
 * The normalised key when it is one of the unit's own files (an upload, or a copy filed with an earlier
 * version), with which of the two it is; undefined for anything else.
 */
export function ownAttachmentKey(raw: string, agencyId: string, unitId: string): { key: string; filed: boolean } | undefined {
  const key = normaliseKey(raw);
  const segments = key?.split('/') ?? [];
  const [prefix, agency, unit] = segments;
  if (!key || segments.length !== 5 || agency !== agencyId || unit !== unitId || (prefix !== UPLOADS && prefix !== SUBMITTED)) return undefined;
  return { key, filed: prefix === SUBMITTED };
}
