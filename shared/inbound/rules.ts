import { createHash } from 'node:crypto';
import type { Unit, User } from '../organization/model.ts';
import { ALLOWED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AttachmentContentType, type MailSender } from '../reporting/model.ts';
import { ATTACHMENT_EXTENSIONS, type HoldReason, type SesReceiptRecord, type Verdicts } from './model.ts';

/** A decision that stops the message, with the detail the office (and the reply) should see. */
export interface Refusal {
  reason: HoldReason;
  detail?: string;
}

/**
 * The first verdict that did not pass, most dangerous first. GRAY and PROCESSING_FAILED count as not
 * passed: the issue asks every verdict to be PASS.
 * @example evaluateVerdicts({ spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'GRAY' }) // { reason: 'dmarc-failed', … }
 */
export function evaluateVerdicts(verdicts: Verdicts): Refusal | undefined {
  const order: [keyof Verdicts, HoldReason][] = [
    ['virus', 'virus'],
    ['spam', 'spam'],
    ['spf', 'spf-failed'],
    ['dmarc', 'dmarc-failed'],
    ['dkim', 'dkim-failed'],
  ];
  for (const [check, reason] of order) {
    if (verdicts[check] !== 'PASS') return { reason, detail: `${check.toUpperCase()}: ${verdicts[check]}` };
  }
  return undefined;
}

/** Lower-cased bare address from `"Name" <a@b.vn>` or `a@b.vn`; empty when there is none. */
export function bareAddress(value: string | undefined): string {
  if (!value) return '';
  const angle = value.match(/<([^<>]*)>\s*$/);
  return (angle ? (angle[1] ?? '') : value).trim().toLowerCase();
}

export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** Mail that a machine sent (a bounce, an auto-reply): it is never answered, or two robots would talk forever (RFC 3834). */
export function isAutomatic(envelopeFrom: string, headers: { key: string; value: string }[]): boolean {
  const envelope = bareAddress(envelopeFrom);
  if (envelope === '' || /^mailer-daemon@/i.test(envelope)) return true;
  const autoSubmitted = headers.find((h) => h.key === 'auto-submitted')?.value.trim().toLowerCase();
  return autoSubmitted !== undefined && autoSubmitted !== 'no';
}

/** SES's verdicts on a received message, one per check. */
export const verdictsOf = ({ ses: { receipt } }: SesReceiptRecord): Verdicts => ({
  spam: receipt.spamVerdict.status,
  virus: receipt.virusVerdict.status,
  spf: receipt.spfVerdict.status,
  dkim: receipt.dkimVerdict.status,
  dmarc: receipt.dmarcVerdict.status,
});

/**
 * The domains that DKIM-signed a message (the `d=` tag of each DKIM-Signature header), lower-case, as
 * evidence next to SES's DKIM verdict.
 * @example dkimSigningDomains([{ key: 'dkim-signature', value: 'v=1; a=rsa-sha256; d=Example.gov.vn; s=s1' }]) // ['example.gov.vn']
 */
export function dkimSigningDomains(headers: readonly { key: string; value: string }[]): string[] {
  const domains = headers.filter((h) => h.key === 'dkim-signature').flatMap((h) => /(?:^|;)\s*d\s*=\s*([^;\s]+)/i.exec(h.value)?.[1]?.toLowerCase() ?? []);
  return [...new Set(domains)];
}

export type Target = { kind: 'obligation'; code: string } | { kind: 'obstacle' } | { kind: 'none' } | { kind: 'ambiguous'; codes: string[] };

const OBSTACLE_PREFIX = /^\s*\[\s*(vướng mắc|vuong mac|vm)\s*\]\s*/iu;

/**
 * What a message is for, from the addresses it was delivered to (in the inbound domain) and its subject:
 * a report (`bao-cao+bc-7k2q9m@…` or `[BC-7K2Q9M]` in the subject, any case) or an obstacle
 * (`vuong-mac@…`, or a subject starting with `[Vướng mắc]` or `[VM]`). Two different codes, or a
 * code and an obstacle marker, are ambiguous.
 * @example extractTarget(['bao-cao@d.vn'], 'Báo cáo năm 2025 [bc-7k2q9m]', 'd.vn') // { kind: 'obligation', code: 'BC-7K2Q9M' }
 */
export function extractTarget(recipients: string[], subject: string, domain: string): Target {
  const codes = new Set<string>();
  let obstacle = false;
  for (const recipient of recipients.map((r) => bareAddress(r))) {
    if (domainOf(recipient) !== domain.toLowerCase()) continue;
    const local = recipient.slice(0, recipient.lastIndexOf('@'));
    const plus = local.match(/^bao-cao\+(bc-[a-z0-9]{6})$/);
    if (plus?.[1]) codes.add(plus[1].toUpperCase());
    if (local === 'vuong-mac') obstacle = true;
  }
  const normalized = subject.normalize('NFC');
  for (const match of normalized.matchAll(/\[\s*(BC-[A-Z0-9]{6})\s*\]/gi)) codes.add((match[1] ?? '').toUpperCase());
  if (OBSTACLE_PREFIX.test(normalized)) obstacle = true;
  if (codes.size > 1 || (codes.size === 1 && obstacle)) return { kind: 'ambiguous', codes: [...codes] };
  const [code] = codes;
  if (code) return { kind: 'obligation', code };
  return obstacle ? { kind: 'obstacle' } : { kind: 'none' };
}

/** The subject of an obstacle e-mail without its `[Vướng mắc]`/`[VM]` marker. */
export const obstacleTitle = (subject: string): string => subject.normalize('NFC').replace(OBSTACLE_PREFIX, '').trim();

/**
 * Who a sending address is, within one agency: an active reporter of an active unit (acting as
 * themselves), else one of an active unit's registered reporting addresses (acting as the unit).
 */
export function matchSender(address: string, agencyId: string, units: Unit[], user: User | undefined): MailSender | undefined {
  const wanted = address.toLowerCase();
  if (user && user.active && user.agencyId === agencyId && user.email.toLowerCase() === wanted && user.unitId && user.roles.includes('reporter')) {
    const unit = units.find((u) => u.unitId === user.unitId && u.active);
    if (unit) return { kind: 'user', user, unit };
  }
  const unit = units.find((u) => u.active && u.agencyId === agencyId && u.reportingEmails.some((e) => e.toLowerCase() === wanted));
  return unit ? { kind: 'unit', unit, address } : undefined;
}

export interface MailPart {
  filename: string | null;
  mimeType: string;
  disposition: string | null;
  related?: boolean | undefined;
  content: Uint8Array;
}

export interface AcceptedFile {
  filename: string;
  contentType: AttachmentContentType;
  content: Uint8Array;
}

/** Inline images (a logo in a signature) are part of the message's look, not attachments. */
const isDecoration = (part: MailPart) => part.mimeType.startsWith('image/') && (part.related === true || part.disposition === 'inline' || part.filename === null);

/**
 * The attachments to file, or why not: at most 10, each PDF/DOCX/XLSX/ODT by its extension and its
 * first bytes, none empty or over 10 MB.
 */
export function checkAttachments(parts: MailPart[]): { files: AcceptedFile[] } | Refusal {
  const candidates = parts.filter((part) => !isDecoration(part));
  if (candidates.length > MAX_ATTACHMENTS) return { reason: 'too-many-attachments', detail: `${candidates.length} > ${MAX_ATTACHMENTS}` };
  const files: AcceptedFile[] = [];
  for (const part of candidates) {
    const filename = (part.filename ?? 'khong-ten').normalize('NFC');
    const contentType = ATTACHMENT_EXTENSIONS[filename.toLowerCase().split('.').at(-1) ?? ''];
    if (!contentType || !filename.includes('.')) return { reason: 'attachment-type', detail: filename };
    if (part.content.byteLength === 0 || part.content.byteLength > MAX_ATTACHMENT_BYTES) return { reason: 'attachment-too-large', detail: `${filename} (${part.content.byteLength} B)` };
    const magic = ALLOWED_ATTACHMENT_TYPES[contentType].magic;
    if (Buffer.from(part.content.subarray(0, magic.length)).toString('latin1') !== magic) return { reason: 'attachment-content', detail: filename };
    files.push({ filename, contentType, content: part.content });
  }
  return { files };
}

/**
 * What makes a message unreadable as MIME, checked on the raw bytes because parsers are lenient: a
 * header line that is neither `Name: value` nor a continuation, no From, or a multipart body without
 * its boundary or its closing delimiter.
 */
export function mimeProblem(raw: Uint8Array): string | undefined {
  const text = Buffer.from(raw).toString('latin1');
  const separator = text.match(/\r?\n\r?\n/);
  const headerText = separator?.index === undefined ? text : text.slice(0, separator.index);
  const body = separator?.index === undefined ? '' : text.slice(separator.index + separator[0].length);
  const lines = headerText.split(/\r?\n/);
  if (lines.length === 0 || /^[ \t]/.test(lines[0] ?? '')) return 'the message does not start with a header';
  const headers: { key: string; value: string }[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && headers.length > 0) {
      const last = headers[headers.length - 1];
      if (last) last.value += ` ${line.trim()}`;
      continue;
    }
    const match = line.match(/^([!-9;-~]+):[ \t]*(.*)$/);
    if (!match) return `invalid header line “${line.slice(0, 60)}”`;
    headers.push({ key: (match[1] ?? '').toLowerCase(), value: match[2] ?? '' });
  }
  if (!headers.some((h) => h.key === 'from' && h.value.includes('@'))) return 'no From address';
  const contentType = headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (/^\s*multipart\//i.test(contentType)) {
    const boundary = contentType.match(/boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i);
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) return 'multipart without a boundary';
    if (!body.includes(`--${value}`)) return 'multipart body without its boundary';
    if (!body.includes(`--${value}--`)) return 'multipart body not closed';
  }
  return undefined;
}

/** The hash a Message-ID is known by: idempotency key, held-message id and reply record all derive from it. */
export const messageHash = (messageId: string): string => createHash('sha256').update(messageId.trim()).digest('hex');

/**
 * What a message says, independent of how it was encoded or relayed: its sender, subject, text and each
 * attachment's name and bytes (MIME boundaries, dates and Received headers left out). Two deliveries of
 * one message agree; a second message that reuses a Message-ID does not. A message that cannot be parsed
 * is known by its raw bytes after the headers.
 */
export function contentDigest(message: { from: string; subject: string; text: string; parts: MailPart[] } | { raw: Uint8Array }): string {
  const hash = createHash('sha256');
  if ('raw' in message) {
    const text = Buffer.from(message.raw).toString('latin1');
    const separator = text.search(/\r?\n\r?\n/);
    return hash.update(separator < 0 ? text : text.slice(separator).trim(), 'latin1').digest('hex');
  }
  hash.update(JSON.stringify([message.from.toLowerCase(), message.subject, message.text.replace(/\r\n/g, '\n').trim()]));
  for (const part of message.parts) {
    hash.update(`\n${part.filename ?? ''}\n${part.mimeType}\n`).update(createHash('sha256').update(part.content).digest('hex'));
  }
  return hash.digest('hex');
}
