import { describe, expect, it } from 'vitest';
import type { CaseCommand } from '../../../shared/cases/lifecycle.ts';
import type { CaseType, CitizenCase, Outcome } from '../../../shared/cases/model.ts';
import { caseNoticeDocx } from '../../../shared/documents/case-notice-docx.ts';
import { documentIdOf, noticeKeyOf, noticeRefusal, noticesFor } from '../../../shared/documents/case-documents.ts';
import { PETITIONER_FACTS, caseNoticeText, noticeFacts, noticeTemplate, placeholdersOf, type CaseNoticeTemplate } from '../../../shared/documents/case-notices.ts';
import { CASE_NOTICE_TEMPLATES } from '../../../shared/documents/data/case-notices-vn.ts';
import { DOCUMENT_TYPE_ABBREVIATIONS } from '../../../shared/documents/register.ts';
import { readDocx } from '../../support/read-docx.ts';
import { apply, PETITIONER, register, registration, vn } from '../cases/fixtures.ts';

const AGENCY = 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi';
const issuer = { name: AGENCY, shortName: 'Sở KH&CN', parentBody: 'UBND tỉnh Quảng Ngãi', placeName: 'Quảng Ngãi' };
const signer = { authority: 'Giám đốc Sở', position: '', name: 'Nguyễn Văn Thành' };
const RECEIVED = '2026-11-16';
const OUTSIDE = { officialConcerned: { kind: 'outside', name: 'Lê Văn Cường', position: 'Chuyên viên', organisation: 'UBND xã Tịnh Khê', reason: 'Cán bộ của cơ quan khác' } } as const;
const PROTECTED = [PETITIONER.name, PETITIONER.address, PETITIONER.phone, PETITIONER.email, PETITIONER.idNumber];
const TRANSFER: CaseCommand = { type: 'transfer', to: 'UBND huyện Sơn Tịnh', reason: 'Người bị tố cáo là cán bộ do UBND huyện quản lý' };

const caseOf = (type: CaseType, commands: CaseCommand[]): CitizenCase => apply(register(registration(type, vn(RECEIVED), type === 'to-cao' ? OUTSIDE : {})).case, commands, RECEIVED);
const resolved = (type: CaseType, outcome: Outcome) => caseOf(type, [{ type: 'accept' }, { type: 'start', handlerUserId: 'u-office' }, { type: 'resolve', outcome, publicSummary: 'Đã giải quyết.' }]);

async function rendered(c: CitizenCase, step: CaseNoticeTemplate['step'], addressee: CaseNoticeTemplate['addressee']) {
  const template = noticeTemplate(CASE_NOTICE_TEMPLATES, c, step, addressee, '2026-12-01');
  const notice = caseNoticeText(template, noticeFacts(c, AGENCY, addressee));
  const typeCode = DOCUMENT_TYPE_ABBREVIATIONS[template.documentType];
  const doc = await readDocx(await caseNoticeDocx(notice, { issuer, signer, symbol: `30/${typeCode}-SKHCN`, documentDate: '2026-12-01', typeCode }));
  expect(doc.text, template.id).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(doc.text, template.id).not.toMatch(/\{\w+\}/);
  return { template, notice, text: doc.text };
}

describe('the transfer of a denunciation (Luật Tố cáo Điều 24.2, 47)', () => {
  const transferred = caseOf('to-cao', [TRANSFER]);

  it('gives the competent body a slip with the content, the reason and the basis, and nothing of who denounced', async () => {
    const { template, text } = await rendered(transferred, 'transfer', 'receiving-body');
    expect(template.id).toBe('to-cao/phieu-chuyen-don');
    expect(text).toContain('PHIẾU CHUYỂN');
    expect(text).toContain('Kính gửi: UBND huyện Sơn Tịnh.');
    expect(text).toContain('Người bị tố cáo là cán bộ do UBND huyện quản lý');
    expect(text).toContain('khoản 2 Điều 24 Luật Tố cáo');
    expect(text).toContain('Ngày 16/11/2026');
    for (const fact of PROTECTED) expect(text, fact).not.toContain(fact);
  });

  it('tells the denouncer, by name, where it went and on what day', async () => {
    const { text } = await rendered(transferred, 'transfer', 'petitioner');
    expect(text).toContain(`Kính gửi: Ông (Bà) ${PETITIONER.name}.`);
    expect(text).toContain(`ngày ${transferred.transfer?.transferredOn.split('-').reverse().join('/')}`);
    expect(text).toContain('đã chuyển đơn tố cáo đến UBND huyện Sơn Tịnh');
  });

  it('cannot be made to name the denouncer to the receiving body or on a decision both sides receive, whatever the template says', () => {
    const slip = noticeTemplate(CASE_NOTICE_TEMPLATES, transferred, 'transfer', 'receiving-body', '2026-12-01');
    const edited = { ...slip, paragraphs: [...slip.paragraphs, 'Người tố cáo: {petitionerName}, {petitionerAddress}.'] };
    expect(() => caseNoticeText(edited, noticeFacts(transferred, AGENCY, 'receiving-body'))).toThrow(/petitionerName/);
    const withdrawn = resolved('to-cao', 'withdrawn');
    const ending = noticeTemplate(CASE_NOTICE_TEMPLATES, withdrawn, 'resolution', 'parties', '2026-12-01');
    expect(() => caseNoticeText({ ...ending, recipients: ['{petitionerAddress}'] }, noticeFacts(withdrawn, AGENCY, 'parties'))).toThrow(/petitionerAddress/);
  });

  it('names no petitioner fact in any template of a denunciation addressed to anyone but the denouncer', () => {
    const others = CASE_NOTICE_TEMPLATES.filter((t) => t.caseTypes.includes('to-cao') && t.addressee !== 'petitioner');
    expect(others.map((t) => t.id)).toEqual(expect.arrayContaining(['to-cao/phieu-chuyen-don', 'to-cao/quyet-dinh-dinh-chi']));
    for (const t of others) for (const name of [t.title, ...t.bases, ...t.paragraphs, ...t.recipients].flatMap(placeholdersOf)) expect(PETITIONER_FACTS.has(name as never), `${t.id}: {${name}}`).toBe(false);
  });
});

describe('the transfer of a petition and of a complaint outside competence', () => {
  it('names the petitioner on a petition’s slip, since a petition is no denunciation', async () => {
    const { text } = await rendered(caseOf('kien-nghi-phan-anh', [TRANSFER]), 'transfer', 'receiving-body');
    expect(text).toContain('Kính gửi: UBND huyện Sơn Tịnh.');
    expect(text).toContain(`của Ông (Bà) ${PETITIONER.name}, địa chỉ: ${PETITIONER.address}`);
    expect(text).not.toContain(PETITIONER.phone);
  });

  it('guides the complainant to the competent body instead of passing the complaint on', async () => {
    const complaint = caseOf('khieu-nai-lan-1', [TRANSFER]);
    expect(noticesFor(CASE_NOTICE_TEMPLATES, complaint, '2026-12-01').filter((n) => n.step === 'transfer').map((n) => n.addressee)).toEqual(['petitioner']);
    const { text } = await rendered(complaint, 'transfer', 'petitioner');
    expect(text).toContain('Về việc hướng dẫn gửi đơn khiếu nại đến cơ quan có thẩm quyền');
    expect(text).toContain(`hướng dẫn Ông (Bà) ${PETITIONER.name} gửi đơn khiếu nại đến UBND huyện Sơn Tịnh`);
  });
});

describe('the decision on a complaint (Luật Khiếu nại Điều 31, 40)', () => {
  it('has the parts the law lists, the outcome in words, the right to appeal and the date it takes effect', async () => {
    const c = resolved('khieu-nai-lan-1', 'partly-upheld');
    const { template, text } = await rendered(c, 'resolution', 'parties');
    expect(template.id).toBe('khieu-nai/quyet-dinh-giai-quyet-lan-dau');
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toContain(`Về việc giải quyết khiếu nại của Ông (Bà) ${PETITIONER.name} (lần đầu)`);
    expect(text).toContain(`Xét đơn khiếu nại ngày 16/11/2026 của Ông (Bà) ${PETITIONER.name}, địa chỉ: ${PETITIONER.address}, thụ lý ngày ${c.acceptance?.acceptedOn.split('-').reverse().join('/')}`);
    for (const part of ['Nội dung khiếu nại:', 'Kết quả xác minh', 'Kết quả đối thoại', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 4.', 'Điều 5.']) expect(text).toContain(part);
    expect(text).toContain('là đúng một phần');
    expect(text).toContain('theo Điều 33 Luật Khiếu nại');
    expect(text).toContain(`có hiệu lực kể từ ngày ${c.resolution?.decidedOn.split('-').reverse().join('/')}`);
  });

  it('in round two leaves only the court', async () => {
    const { template, text } = await rendered(resolved('khieu-nai-lan-2', 'rejected'), 'resolution', 'parties');
    expect(template.id).toBe('khieu-nai/quyet-dinh-giai-quyet-lan-hai');
    expect(text).toContain('là sai');
    expect(text).toContain('khởi kiện vụ án hành chính');
    expect(text).not.toContain('Điều 33');
  });

  it('ends the resolution instead when the complaint was withdrawn', async () => {
    const { template, text } = await rendered(resolved('khieu-nai-lan-1', 'withdrawn'), 'resolution', 'parties');
    expect(template.id).toBe('khieu-nai/quyet-dinh-dinh-chi');
    expect(text).toContain('Về việc đình chỉ việc giải quyết khiếu nại');
    expect(text).toContain('do người khiếu nại đã rút khiếu nại');
  });
});

describe('the results of the other kinds of case', () => {
  it('tells the denouncer the result, with their right to denounce again and their identity kept secret', async () => {
    const c = resolved('to-cao', 'upheld');
    const { text } = await rendered(c, 'resolution', 'petitioner');
    expect(text).toContain(`Kính gửi: Ông (Bà) ${PETITIONER.name}.`);
    expect(text).toContain('nội dung tố cáo là đúng');
    expect(text).toContain('có quyền tố cáo tiếp');
    expect(text).toContain('được giữ bí mật');
  });

  it('ends a withdrawn denunciation by a decision naming the accused and nobody who denounced', async () => {
    const { template, text } = await rendered(resolved('to-cao', 'withdrawn'), 'resolution', 'parties');
    expect(template.id).toBe('to-cao/quyet-dinh-dinh-chi');
    expect(text).toContain('Đình chỉ việc giải quyết tố cáo đối với Ông (Bà) Lê Văn Cường');
    for (const fact of PROTECTED) expect(text, fact).not.toContain(fact);
  });

  it('answers a petition and an information request to the person who sent it', async () => {
    expect((await rendered(resolved('kien-nghi-phan-anh', 'answered'), 'resolution', 'petitioner')).text).toContain('Về việc trả lời kiến nghị, phản ánh');
    expect((await rendered(resolved('yeu-cau-thong-tin', 'provided'), 'resolution', 'petitioner')).text).toContain('cung cấp thông tin như sau');
  });

  it('refuses information with the ground of Điều 28 and the office’s words', async () => {
    const c = caseOf('yeu-cau-thong-tin', [{ type: 'accept' }, { type: 'refuse', reason: 'not-held', text: 'Thông tin do Sở Tài chính nắm giữ.' }]);
    const { text } = await rendered(c, 'refusal', 'petitioner');
    expect(text).toContain('Căn cứ Điều 28 Luật Tiếp cận thông tin');
    expect(text).toContain('Thông tin do Sở Tài chính nắm giữ.');
    expect(text).toContain('có quyền khiếu nại, khởi kiện');
  });
});

describe('which outcome documents a case is offered', () => {
  const OUTCOMES: Record<CaseType, Outcome[]> = {
    'khieu-nai-lan-1': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
    'khieu-nai-lan-2': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
    'to-cao': ['upheld', 'partly-upheld', 'rejected', 'withdrawn'],
    'kien-nghi-phan-anh': ['answered'],
    'yeu-cau-thong-tin': ['provided'],
  };

  it('has exactly one result document per addressee for every outcome a case type allows', () => {
    for (const [type, outcomes] of Object.entries(OUTCOMES) as [CaseType, Outcome[]][]) {
      for (const outcome of outcomes) {
        const results = noticesFor(CASE_NOTICE_TEMPLATES, resolved(type, outcome), '2026-12-01').filter((n) => n.step === 'resolution');
        expect(results.length, `${type} ${outcome}`).toBeGreaterThan(0);
        expect(new Set(results.map((n) => n.addressee)).size, `${type} ${outcome}`).toBe(results.length);
      }
    }
  });

  it('refuses a transfer, result or refusal document the case does not have yet, and reads its id back', () => {
    const accepted = caseOf('yeu-cau-thong-tin', [{ type: 'accept' }]);
    expect(noticeRefusal(accepted, { step: 'resolution', addressee: 'petitioner' })?.vi).toMatch(/chưa có kết quả/);
    expect(noticeRefusal(accepted, { step: 'refusal', addressee: 'petitioner' })?.vi).toMatch(/từ chối/);
    expect(noticeRefusal(caseOf('to-cao', [{ type: 'accept' }]), { step: 'transfer', addressee: 'receiving-body' })?.vi).toMatch(/chưa được chuyển/);
    expect(noticeRefusal(caseOf('to-cao', [TRANSFER]), { step: 'transfer', addressee: 'receiving-body' })).toBeUndefined();
    const key = { step: 'transfer', addressee: 'receiving-body' } as const;
    expect(noticeKeyOf(documentIdOf(key, 2))).toEqual({ ...key, n: 2 });
  });
});
