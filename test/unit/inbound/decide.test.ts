import { describe, expect, it } from 'vitest';
import { decide, screen, targetOf, type DirectoryFacts, type MessageFacts } from '../../../shared/inbound/decide.ts';
import type { Unit, User } from '../../../shared/organization/model.ts';
import type { Obligation } from '../../../shared/reporting/model.ts';

const DOMAIN = 'bao-cao.khcn-quangngai.example';
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const unit = (unitId: string, emails: string[]): Unit => ({ agencyId: 'a', unitId, name: `Phòng ${unitId}`, kind: 'division', reportingEmails: emails, active: true, version: 0 });
const reporter: User = { agencyId: 'a', userId: 'u-1', email: 'nguoi@d.vn', fullName: 'Người Báo Cáo', roles: ['reporter'], unitId: 'khtc', language: 'vi', conflictedUserIds: [], active: true, version: 0 };
const obligation = (over: Partial<Obligation> = {}): Obligation => ({
  agencyId: 'a', obligationId: 'ob-1', planId: 'p', templateId: 't', unitId: 'khtc', kind: 'periodic', titleVi: 'Báo cáo quý', titleEn: 'Quarterly report',
  dueInstant: '2026-01-05T00:00:00+07:00', code: 'BC-7K2Q9M', latestVersion: 0, createdAt: '2025-12-01T00:00:00Z', createdBy: 'seed', version: 0, ...over,
} as Obligation);

/** A report e-mailed by the unit's registered address to its obligation's address, with one .docx. */
const message = (over: Partial<MessageFacts> = {}): MessageFacts => ({
  verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
  reused: false,
  messageId: '<m1@d.vn>',
  problem: undefined,
  automatic: false,
  from: 'khtc@d.vn',
  envelopeFrom: 'bounce@d.vn',
  recipients: [`bao-cao+bc-7k2q9m@${DOMAIN}`],
  subject: 'Báo cáo quý IV',
  text: 'Kính gửi Văn phòng, đơn vị gửi báo cáo.',
  parts: [{ filename: 'bao-cao.docx', mimeType: 'application/octet-stream', disposition: 'attachment', content: DOCX }],
  ...over,
});
const directory = (over: Partial<DirectoryFacts> = {}): DirectoryFacts => ({ agencyId: 'a', units: [unit('khtc', ['khtc@d.vn']), unit('ttdl', ['ttdl@d.vn'])], user: undefined, obligation: obligation(), ...over });
const decideFor = (m: MessageFacts, d: DirectoryFacts = directory()) => decide(m, targetOf(m, DOMAIN), d);

describe('decide: what becomes of a received message', () => {
  it('files a report from a unit’s registered address as that unit, with its files and text', () => {
    const decision = decideFor(message());
    expect(decision).toMatchObject({ kind: 'submit', sender: { kind: 'unit', unit: { unitId: 'khtc' }, address: 'khtc@d.vn' }, obligation: { obligationId: 'ob-1' }, text: 'Kính gửi Văn phòng, đơn vị gửi báo cáo.' });
    expect(decision.kind === 'submit' && decision.files.map((f) => [f.filename, f.contentType])).toEqual([['bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']]);
  });

  it('files as the reporter when the address is a reporter’s in the directory', () => {
    expect(decideFor(message({ from: 'nguoi@d.vn' }), directory({ user: reporter }))).toMatchObject({ kind: 'submit', sender: { kind: 'user', user: { userId: 'u-1' }, unit: { unitId: 'khtc' } } });
  });

  it('reports an obstacle written to the obstacles address, titled from the subject', () => {
    const m = message({ recipients: [`vuong-mac@${DOMAIN}`], subject: '[Vướng mắc] Thiếu kinh phí tuyên truyền', parts: [] });
    expect(decideFor(m, directory({ obligation: undefined }))).toMatchObject({ kind: 'obstacle', title: 'Thiếu kinh phí tuyên truyền', description: 'Kính gửi Văn phòng, đơn vị gửi báo cáo.', files: [] });
  });

  it.each<[string, Partial<MessageFacts>, Partial<DirectoryFacts>, string, string | undefined]>([
    ['a virus, before anything else', { verdicts: { spam: 'FAIL', virus: 'FAIL', spf: 'FAIL', dkim: 'PASS', dmarc: 'PASS' }, reused: true }, {}, 'virus', 'VIRUS: FAIL'],
    ['a Message-ID reused by other content', { reused: true, problem: 'bad' }, {}, 'reused-message-id', '<m1@d.vn>'],
    ['unreadable MIME', { problem: 'no boundary', automatic: true }, {}, 'malformed', 'no boundary'],
    ['a machine’s message', { automatic: true, from: 'x' }, {}, 'auto-generated', 'bounce@d.vn'],
    ['no From address', { from: '' }, {}, 'malformed', 'no From address'],
    ['a From whose domain is not the envelope’s', { envelopeFrom: 'bounce@khac.vn' }, {}, 'sender-mismatch', 'From khtc@d.vn, MAIL FROM bounce@khac.vn'],
    ['a citizen’s letter to the cases address, from anyone', { from: 'dan@gmail.com', envelopeFrom: 'dan@gmail.com', recipients: [`don-thu@${DOMAIN}`] }, {}, 'case-triage', undefined],
    ['an address the directory does not know', { from: 'la@d.vn' }, {}, 'unknown-sender', 'la@d.vn'],
    ['no obligation named', { recipients: [`bao-cao@${DOMAIN}`] }, {}, 'no-target', undefined],
    ['two obligations named', { subject: '[BC-AAAAAA] [BC-BBBBBB]', recipients: [`bao-cao@${DOMAIN}`] }, {}, 'ambiguous-target', 'BC-AAAAAA, BC-BBBBBB'],
    ['a code no obligation has', {}, { obligation: undefined }, 'unknown-obligation', 'BC-7K2Q9M'],
    ['another agency’s obligation', {}, { obligation: obligation({ agencyId: 'b' }) }, 'unknown-obligation', 'BC-7K2Q9M'],
    ['another unit’s obligation', {}, { obligation: obligation({ unitId: 'ttdl' }) }, 'wrong-unit', 'BC-7K2Q9M'],
    ['a file that is not a document', { parts: [{ filename: 'anh.exe', mimeType: 'application/octet-stream', disposition: 'attachment', content: DOCX }] }, {}, 'attachment-type', 'anh.exe'],
    ['a report without its file', { parts: [] }, {}, 'no-attachment', undefined],
    ['an obstacle too short to act on', { recipients: [`vuong-mac@${DOMAIN}`], subject: '[VM] Ô', parts: [] }, { obligation: undefined }, 'obstacle-too-short', undefined],
  ])('holds %s', (_what, over, known, reason, detail) => {
    const decision = decideFor(message(over), directory(known));
    expect(decision).toMatchObject({ kind: 'hold', reason });
    expect(decision.kind === 'hold' ? decision.detail : 'not held').toBe(detail);
  });

  it('names the sender’s unit on a hold once the sender is known, and not before', () => {
    expect(decideFor(message({ parts: [] }))).toMatchObject({ kind: 'hold', unitId: 'khtc' });
    expect(decideFor(message({ from: 'la@d.vn' }))).not.toHaveProperty('unitId');
  });

  it('never files an obligation the target did not name, even when one is given', () => {
    const m = message({ recipients: [`vuong-mac@${DOMAIN}`], subject: '[VM] Thiếu máy chiếu cho buổi tuyên truyền', parts: [] });
    expect(decideFor(m, directory({ obligation: obligation() })).kind).toBe('obstacle');
  });

  it('screens what needs no directory read: the holds before the sender is looked up, and nothing for a good message', () => {
    expect(screen(message({ verdicts: { spam: 'FAIL', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } }))).toMatchObject({ kind: 'hold', reason: 'spam' });
    expect(screen(message({ recipients: [`don-thu@${DOMAIN}`] }))).toMatchObject({ kind: 'hold', reason: 'case-triage' });
    expect(screen(message({ from: 'la@d.vn' }))).toBeUndefined();
    expect(screen(message())).toBeUndefined();
  });
});
