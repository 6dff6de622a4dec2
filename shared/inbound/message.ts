import PostalMime, { type Email } from 'postal-mime';
import type { AttachmentRef } from '../attachments/attachment-intake.ts';
import { uploadKey } from '../attachments/keys.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { singleLine } from '../text.ts';
import type { SesReceiptRecord } from './model.ts';
import { bareAddress, mimeProblem, type AcceptedFile, type MailPart } from './rules.ts';

/** Where the raw messages are (the inbound-mail bucket). */
export interface RawMailStore {
  get(key: string): Promise<Uint8Array | undefined>;
}

export interface Parsed {
  email: Email | undefined;
  problem: string | undefined;
}

/** A raw message read as MIME, or why it cannot be: the strict check on the bytes first, then the parser. */
export async function parse(raw: Uint8Array): Promise<Parsed> {
  const problem = mimeProblem(raw);
  if (problem) return { email: undefined, problem };
  try {
    return { email: await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' }), problem: undefined };
  } catch (error) {
    return { email: undefined, problem: (error as Error).message };
  }
}

type SesMail = SesReceiptRecord['ses']['mail'];

export const senderOf = (email: Email | undefined, mail: SesMail) => bareAddress(email?.from?.address ?? mail.commonHeaders?.from?.[0]);

/** An encoded subject may decode to several lines: it is one line wherever it goes (titles, the holding area, replies). */
export const subjectOf = (email: Email | undefined, mail: SesMail) => singleLine(email?.subject ?? mail.commonHeaders?.subject ?? '');

export const contentOf = (email: Email, mail: SesMail) => ({ from: senderOf(email, mail), subject: subjectOf(email, mail), text: bodyText(email), parts: partsOf(email) });

export function partsOf(email: Email): MailPart[] {
  return email.attachments.map((a) => ({
    filename: a.filename,
    mimeType: a.mimeType,
    disposition: a.disposition,
    related: a.related,
    content: typeof a.content === 'string' ? Buffer.from(a.content, 'base64') : new Uint8Array(a.content),
  }));
}

/** The message's text: its plain part, or its HTML part with the markup stripped. */
export function bodyText(email: Email): string {
  if (email.text?.trim()) return email.text.trim();
  return (email.html ?? '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/**
 * Stores the files as uploads of the unit for `use` to file, then deletes them whatever happened:
 * what a filed version references is the copy the reporting service made and checked.
 */
export async function withFiles<T>(store: AttachmentStore, agencyId: string, unitId: string, files: AcceptedFile[], use: (refs: AttachmentRef[]) => Promise<T>): Promise<T> {
  const refs: AttachmentRef[] = [];
  try {
    for (const file of files) {
      const key = uploadKey(agencyId, unitId, file.filename);
      await store.put(key, file.content, file.contentType);
      refs.push({ key, filename: file.filename });
    }
    return await use(refs);
  } finally {
    await Promise.all(refs.map((ref) => store.delete(ref.key).catch(() => undefined)));
  }
}
