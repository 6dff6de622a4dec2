import { describe, expect, it } from 'vitest';
import { HOLD_REASONS } from '../../../shared/inbound/reasons.ts';
import { bareAddress, checkAttachments, contentDigest, evaluateVerdicts, extractTarget, isAutomatic, matchSender, messageHash, mimeProblem, obstacleTitle, type MailPart } from '../../../shared/inbound/rules.ts';
import type { Verdicts } from '../../../shared/inbound/model.ts';
import type { Unit, User } from '../../../shared/organization/model.ts';

const DOMAIN = 'bao-cao.khcn-quangngai.example';
const PASS: Verdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };

describe('evaluateVerdicts', () => {
  it('accepts a message only when every verdict is PASS', () => {
    expect(evaluateVerdicts(PASS)).toBeUndefined();
  });

  it.each([
    [{ virus: 'FAIL' }, 'virus'],
    [{ spam: 'FAIL' }, 'spam'],
    [{ spf: 'FAIL' }, 'spf-failed'],
    [{ dmarc: 'FAIL' }, 'dmarc-failed'],
    [{ dmarc: 'GRAY' }, 'dmarc-failed'],
    [{ dkim: 'PROCESSING_FAILED' }, 'dkim-failed'],
    [{ spam: 'FAIL', virus: 'FAIL', spf: 'FAIL' }, 'virus'],
    [{ spf: 'GRAY', dkim: 'FAIL' }, 'spf-failed'],
  ] as [Partial<Verdicts>, string][])('holds %o as %s, the most dangerous first', (verdicts, reason) => {
    expect(evaluateVerdicts({ ...PASS, ...verdicts })?.reason).toBe(reason);
  });

  it('never answers the sender of spam, a virus or mail failing SPF or DMARC (backscatter)', () => {
    for (const reason of ['virus', 'spam', 'spf-failed', 'dmarc-failed', 'sender-mismatch', 'auto-generated'] as const) expect(HOLD_REASONS[reason].reply, reason).toBe(false);
    for (const reason of ['unknown-sender', 'no-target', 'attachment-type', 'malformed'] as const) expect(HOLD_REASONS[reason].reply, reason).toBe(true);
  });
});

describe('extractTarget', () => {
  it.each([
    [['bao-cao+bc-7k2q9m@bao-cao.khcn-quangngai.example'], 'Báo cáo năm 2025', { kind: 'obligation', code: 'BC-7K2Q9M' }],
    [['"Văn phòng" <BAO-CAO+BC-7K2Q9M@Bao-Cao.Khcn-QuangNgai.example>'], '', { kind: 'obligation', code: 'BC-7K2Q9M' }],
    [['bao-cao@bao-cao.khcn-quangngai.example'], 'Báo cáo năm 2025 [BC-7K2Q9M]', { kind: 'obligation', code: 'BC-7K2Q9M' }],
    [['bao-cao@bao-cao.khcn-quangngai.example'], 'Re: báo cáo [ bc-7k2q9m ]', { kind: 'obligation', code: 'BC-7K2Q9M' }],
    [['bao-cao+bc-7k2q9m@bao-cao.khcn-quangngai.example'], '[BC-7K2Q9M] gửi lại', { kind: 'obligation', code: 'BC-7K2Q9M' }],
    [['vuong-mac@bao-cao.khcn-quangngai.example'], 'Thiếu kinh phí', { kind: 'obstacle' }],
    [['bao-cao@bao-cao.khcn-quangngai.example'], '[Vướng mắc] Thiếu kinh phí', { kind: 'obstacle' }],
    [['bao-cao@bao-cao.khcn-quangngai.example'], '[VM] Thiếu kinh phí', { kind: 'obstacle' }],
    [['bao-cao@bao-cao.khcn-quangngai.example'], 'Báo cáo năm 2025', { kind: 'none' }],
    [['bao-cao+bc-7k2q9m@other.example'], 'Báo cáo BC-7K2Q9M without brackets', { kind: 'none' }],
    [['bao-cao+bc-7k2q9m@bao-cao.khcn-quangngai.example'], '[BC-AAAAAA]', { kind: 'ambiguous', codes: ['BC-7K2Q9M', 'BC-AAAAAA'] }],
    [['vuong-mac@bao-cao.khcn-quangngai.example'], '[BC-7K2Q9M]', { kind: 'ambiguous', codes: ['BC-7K2Q9M'] }],
  ])('reads %j with subject %j', (recipients, subject, expected) => {
    expect(extractTarget(recipients, subject, DOMAIN)).toEqual(expected);
  });

  it('recognises the obstacle marker whether Vietnamese is composed or decomposed', () => {
    expect(extractTarget([`bao-cao@${DOMAIN}`], '[Vướng mắc] Thiếu kinh phí'.normalize('NFD'), DOMAIN)).toEqual({ kind: 'obstacle' });
    expect(obstacleTitle('[Vướng mắc]  Thiếu kinh phí ')).toBe('Thiếu kinh phí');
  });
});

describe('sender matching', () => {
  const unit = (unitId: string, emails: string[], active = true): Unit => ({ agencyId: 'a', unitId, name: `Unit ${unitId}`, kind: 'division', reportingEmails: emails, active, version: 0 });
  const user = (over: Partial<User> = {}): User => ({ agencyId: 'a', userId: 'u-1', email: 'nguoi@d.vn', fullName: 'Người Báo Cáo', roles: ['reporter'], unitId: 'khtc', language: 'vi', conflictedUserIds: [], active: true, version: 0, ...over });
  const units = [unit('khtc', ['khtc@d.vn']), unit('cu', ['cu@d.vn'], false)];

  it('acts as the reporter when the address is an active reporter’s', () => {
    expect(matchSender('NGUOI@d.vn', 'a', units, user())).toMatchObject({ kind: 'user', unit: { unitId: 'khtc' } });
  });

  it('acts as the unit when the address is one of its reporting addresses', () => {
    expect(matchSender('khtc@d.vn', 'a', units, undefined)).toMatchObject({ kind: 'unit', unit: { unitId: 'khtc' } });
  });

  it.each([
    ['an unregistered address', 'la@d.vn', undefined],
    ['an inactive user', 'nguoi@d.vn', user({ active: false })],
    ['a user who is not a reporter', 'nguoi@d.vn', user({ roles: ['office'] })],
    ['a user of another agency', 'nguoi@d.vn', user({ agencyId: 'b' })],
    ['the address of an inactive unit', 'cu@d.vn', undefined],
  ])('knows nobody for %s', (_what, address, found) => {
    expect(matchSender(address, 'a', units, found)).toBeUndefined();
  });

  it('reads bare addresses from display forms and recognises automatic mail', () => {
    expect(bareAddress('"Phòng KH-TC" <KHTC@D.vn>')).toBe('khtc@d.vn');
    expect(isAutomatic('', [])).toBe(true);
    expect(isAutomatic('MAILER-DAEMON@d.vn', [])).toBe(true);
    expect(isAutomatic('khtc@d.vn', [{ key: 'auto-submitted', value: 'auto-replied' }])).toBe(true);
    expect(isAutomatic('khtc@d.vn', [{ key: 'auto-submitted', value: 'no' }])).toBe(false);
  });
});

describe('attachments', () => {
  const part = (filename: string | null, content: string, extra: Partial<MailPart> = {}): MailPart => ({ filename, mimeType: 'application/octet-stream', disposition: 'attachment', content: Buffer.from(content, 'latin1'), ...extra });

  it('accepts PDF, DOCX, XLSX and ODT that are what they say, and ignores inline images', () => {
    const result = checkAttachments([part('a.pdf', '%PDF-1.7'), part('b.DOCX', 'PK\u0003\u0004x'), part('c.xlsx', 'PK\u0003\u0004x'), part('d.odt', 'PK\u0003\u0004x'), part('logo.png', '\u0089PNG', { mimeType: 'image/png', disposition: 'inline' })]);
    expect('files' in result && result.files.map((f) => f.contentType)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.oasis.opendocument.text',
    ]);
  });

  it.each([
    ['a program', [part('setup.exe', 'MZ')], 'attachment-type'],
    ['a file without extension', [part('baocao', '%PDF-')], 'attachment-type'],
    ['a PDF that is a ZIP', [part('a.pdf', 'PK\u0003\u0004')], 'attachment-content'],
    ['an empty file', [part('a.pdf', '')], 'attachment-too-large'],
    ['a file over 10 MB', [{ ...part('a.pdf', ''), content: new Uint8Array(10 * 1024 * 1024 + 1) }], 'attachment-too-large'],
    ['eleven files', Array.from({ length: 11 }, (_, i) => part(`${i}.pdf`, '%PDF-')), 'too-many-attachments'],
  ])('refuses %s', (_what, parts, reason) => {
    expect(checkAttachments(parts)).toMatchObject({ reason });
  });
});

describe('mimeProblem', () => {
  const message = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

  it('accepts a well-formed multipart message', () => {
    expect(mimeProblem(message('From: a@d.vn', 'Subject: x', 'Content-Type: multipart/mixed;', ' boundary="b1"', '', '--b1', 'Content-Type: text/plain', '', 'hi', '--b1--', ''))).toBeUndefined();
  });

  it.each([
    ['a header line that is not a header', message('From: a@d.vn', 'this is not a header', '', 'body')],
    ['no From', message('Subject: x', '', 'body')],
    ['a multipart without boundary', message('From: a@d.vn', 'Content-Type: multipart/mixed', '', 'body')],
    ['a multipart whose boundary never appears', message('From: a@d.vn', 'Content-Type: multipart/mixed; boundary=b1', '', 'body')],
    ['a multipart never closed', message('From: a@d.vn', 'Content-Type: multipart/mixed; boundary=b1', '', '--b1', '', 'body')],
  ])('finds %s', (_what, raw) => {
    expect(mimeProblem(raw)).toBeTypeOf('string');
  });

  it('derives one key per Message-ID, whitespace aside', () => {
    expect(messageHash(' <a@d.vn> ')).toBe(messageHash('<a@d.vn>'));
    expect(messageHash('<a@d.vn>')).not.toBe(messageHash('<b@d.vn>'));
  });
});

describe('contentDigest', () => {
  const part = (content: string, filename = 'bao-cao.pdf'): MailPart => ({ filename, mimeType: 'application/pdf', disposition: 'attachment', content: Buffer.from(content) });
  const message = { from: 'ke-hoach@so.example', subject: 'Báo cáo [BC-7K2Q9M]', text: 'Kính gửi.\r\n', parts: [part('%PDF-1.7 a')] };

  it('is the same for the same message however its lines end or its sender is cased', () => {
    expect(contentDigest({ ...message, from: 'KE-HOACH@so.example', text: 'Kính gửi.\n' })).toBe(contentDigest(message));
  });

  it.each([
    ['another sender', { from: 'nguoi-la@gmail.example' }],
    ['another subject', { subject: 'Báo cáo sửa [BC-7K2Q9M]' }],
    ['another text', { text: 'Gửi lại.' }],
    ['another attachment', { parts: [part('%PDF-1.7 b')] }],
    ['an attachment renamed', { parts: [part('%PDF-1.7 a', 'khac.pdf')] }],
    ['an attachment more', { parts: [part('%PDF-1.7 a'), part('%PDF-1.7 a')] }],
  ])('differs for %s', (_what, change) => {
    expect(contentDigest({ ...message, ...change })).not.toBe(contentDigest(message));
  });

  it('knows an unreadable message by its body, not by headers added in transit', () => {
    const body = '\r\n\r\nThân thư.';
    expect(contentDigest({ raw: Buffer.from(`Received: a\r\nFrom: x@y${body}`) })).toBe(contentDigest({ raw: Buffer.from(`Received: b\r\nFrom: x@y${body}`) }));
    expect(contentDigest({ raw: Buffer.from(`From: x@y${body}`) })).not.toBe(contentDigest({ raw: Buffer.from(`From: x@y${body}!`) }));
  });
});
