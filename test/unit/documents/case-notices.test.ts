import { describe, expect, it } from 'vitest';
import { authorityOf, caseNoticeDocx } from '../../../shared/documents/case-notice-docx.ts';
import { CASE_NOTICE_FACTS, CaseNoticeTemplateSchema, PETITIONER_FACTS, caseNoticeText, noticeFacts, noticeTemplate, placeholdersOf } from '../../../shared/documents/case-notices.ts';
import { CASE_NOTICE_TEMPLATES } from '../../../shared/documents/data/case-notices-vn.ts';
import { readDocx } from '../../support/read-docx.ts';
import { apply, PETITIONER, register, registration, vn } from '../cases/fixtures.ts';

const AGENCY = 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi';
const issuer = { name: AGENCY, shortName: 'Sở KH&CN', parentBody: 'UBND tỉnh Quảng Ngãi', placeName: 'Quảng Ngãi' };
const signer = { authority: 'KT. Giám đốc', position: 'Phó Giám đốc', name: 'Trần Văn Bình' };
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

describe('the notice templates', () => {
  it('are valid data that name only facts the case record holds', () => {
    for (const template of CASE_NOTICE_TEMPLATES) {
      CaseNoticeTemplateSchema.parse(template);
      const texts = [template.title, ...template.bases, ...template.paragraphs, ...template.recipients];
      for (const name of texts.flatMap(placeholdersOf)) expect(CASE_NOTICE_FACTS, `${template.id}: {${name}}`).toContain(name);
    }
  });

  it('refuse to print a placeholder that names no fact', () => {
    const [template] = CASE_NOTICE_TEMPLATES;
    const facts = Object.fromEntries(CASE_NOTICE_FACTS.map((name) => [name, 'x'])) as Parameters<typeof caseNoticeText>[1];
    expect(() => caseNoticeText({ ...template!, paragraphs: ['Gửi {petitionerPhone}'] }, facts)).toThrow(/petitionerPhone/);
  });
});

describe('the notice of thụ lý of a complaint (Luật Khiếu nại Điều 27)', () => {
  // Received Monday 16/11/2026, accepted the next day; 30 days from thụ lý 17/11 → 17/12/2026.
  const accepted = apply(register(registration('khieu-nai-lan-1', vn('2026-11-16'))).case, [{ type: 'accept' }], '2026-11-16');

  it('names the complainant, the dates as dd/mm/yyyy, the legal basis and the deadline, under the register number', async () => {
    const template = noticeTemplate(CASE_NOTICE_TEMPLATES, accepted, 'acceptance', 'petitioner', '2026-11-17');
    const notice = caseNoticeText(template, noticeFacts(accepted, AGENCY, 'petitioner'));
    const doc = await readDocx(await caseNoticeDocx(notice, { issuer, signer, symbol: '15/TB-SKHCN', documentDate: '2026-11-17', typeCode: 'TB' }));
    expect(doc.text).toContain('Số: 15/TB-SKHCN');
    expect(doc.text).toContain('Quảng Ngãi, ngày 17 tháng 11 năm 2026');
    expect(doc.text).toContain('THÔNG BÁO');
    expect(doc.text).toContain('Về việc thụ lý giải quyết khiếu nại');
    expect(doc.text).toContain('Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011;');
    expect(doc.text).toContain(`Kính gửi: Ông (Bà) ${PETITIONER.name}.`);
    expect(doc.text).toContain(`Ngày 16/11/2026, ${AGENCY} nhận được đơn khiếu nại của Ông (Bà) ${PETITIONER.name}, địa chỉ: ${PETITIONER.address}`);
    expect(doc.text).toContain('Ngày 17/11/2026');
    expect(doc.text).toContain(`đến hết ngày ${accepted.deadlines.find((d) => d.step === 'resolution')?.due?.split('-').reverse().join('/')}`);
    expect(doc.text).toContain('- Thanh tra tỉnh;');
    expect(doc.text).toContain('Trần Văn Bình');
    expect(doc.text).not.toMatch(ISO_DATE);
    expect(doc.text).not.toMatch(/\{\w+\}/);
    // Whom the complainant gave as contact is theirs to know, but the notice prints no phone, e-mail or ID.
    for (const secret of [PETITIONER.phone, PETITIONER.email, PETITIONER.idNumber]) expect(doc.text).not.toContain(secret);
  });

  it('says why a complaint is not accepted, with the ground of Điều 11 and the office’s words', async () => {
    const refused = apply(register(registration('khieu-nai-lan-1', vn('2026-11-16'))).case, [{ type: 'reject', reason: 'limitation-expired', text: 'Đơn gửi sau 90 ngày kể từ ngày biết quyết định.' }], '2026-11-16');
    const notice = caseNoticeText(noticeTemplate(CASE_NOTICE_TEMPLATES, refused, 'not-accepted', 'petitioner', '2026-11-17'), noticeFacts(refused, AGENCY, 'petitioner'));
    expect(notice.title).toBe('Về việc không thụ lý giải quyết khiếu nại');
    expect(notice.paragraphs[1]).toContain('căn cứ Điều 11 Luật Khiếu nại');
    expect(notice.paragraphs[1]).toContain('hết thời hiệu mà không có lý do chính đáng');
    expect(notice.paragraphs[1]).toContain('Đơn gửi sau 90 ngày kể từ ngày biết quyết định.');
    const doc = await readDocx(await caseNoticeDocx(notice, { issuer, signer, symbol: '16/TB-SKHCN', documentDate: '2026-11-17', typeCode: 'TB' }));
    expect(doc.text).toContain('Số: 16/TB-SKHCN');
    expect(doc.text).not.toMatch(ISO_DATE);
  });

  it('has no template for a step or a type the office has none for yet', () => {
    const petition = register(registration('kien-nghi-phan-anh', vn('2026-11-16'))).case;
    expect(() => noticeTemplate(CASE_NOTICE_TEMPLATES, petition, 'acceptance', 'petitioner', '2026-11-17')).toThrow(/kien-nghi-phan-anh/);
  });
});

describe('the notices of a denunciation (Luật Tố cáo Điều 29): confidentiality on paper', () => {
  const denunciation = apply(
    register(registration('to-cao', vn('2026-11-16'), { officialConcerned: { kind: 'outside', name: 'Lê Văn Cường', position: 'Chuyên viên', organisation: 'UBND xã Tịnh Khê', reason: 'Cán bộ của cơ quan khác' } })).case,
    [{ type: 'accept' }],
    '2026-11-16',
  );
  const protectedFacts = [PETITIONER.name, PETITIONER.address, PETITIONER.phone, PETITIONER.email, PETITIONER.idNumber];
  const render = async (addressee: 'petitioner' | 'accused') => {
    const notice = caseNoticeText(noticeTemplate(CASE_NOTICE_TEMPLATES, denunciation, 'acceptance', addressee, '2026-11-17'), noticeFacts(denunciation, AGENCY, addressee));
    return (await readDocx(await caseNoticeDocx(notice, { issuer, signer, symbol: '17/TB-SKHCN', documentDate: '2026-11-17', typeCode: 'TB' }))).text;
  };

  it('tells the denouncer, by name, that the denunciation was accepted and their identity is kept secret', async () => {
    const text = await render('petitioner');
    expect(text).toContain(`Kính gửi: Ông (Bà) ${PETITIONER.name}.`);
    expect(text).toContain('Về việc thụ lý tố cáo');
    expect(text).toContain('được giữ bí mật');
  });

  it('tells the accused the content accepted and nothing of who denounced, in any part of the document', async () => {
    const text = await render('accused');
    expect(text).toContain('Kính gửi: Ông (Bà) Lê Văn Cường.');
    expect(text).toContain('Về nội dung tố cáo');
    for (const fact of protectedFacts) expect(text, fact).not.toContain(fact);
  });

  it('cannot be made to name the denouncer to the accused by editing the template', () => {
    const template = noticeTemplate(CASE_NOTICE_TEMPLATES, denunciation, 'acceptance', 'accused', '2026-11-17');
    const edited = { ...template, paragraphs: [...template.paragraphs, 'Người tố cáo: {petitionerName}.'] };
    expect(() => caseNoticeText(edited, noticeFacts(denunciation, AGENCY, 'accused'))).toThrow(/petitionerName/);
    // Nor a decision both sides receive.
    expect(() => caseNoticeText(edited, noticeFacts(denunciation, AGENCY, 'parties'))).toThrow(/petitionerName/);
    for (const t of CASE_NOTICE_TEMPLATES.filter((candidate) => candidate.addressee !== 'petitioner' && candidate.caseTypes.includes('to-cao'))) {
      const named = [t.title, ...t.bases, ...t.paragraphs, ...t.recipients].flatMap(placeholdersOf);
      for (const name of named) expect(PETITIONER_FACTS.has(name as never), `${t.id}: {${name}}`).toBe(false);
    }
  });
});

describe('the decision extending a denunciation (Luật Tố cáo Điều 30)', () => {
  const accepted = apply(
    register(registration('to-cao', vn('2026-11-16'), { officialConcerned: { kind: 'outside', name: 'Lê Văn Cường', position: 'Chuyên viên', organisation: 'UBND xã Tịnh Khê', reason: 'Cán bộ của cơ quan khác' } })).case,
    [{ type: 'accept' }],
    '2026-11-16',
  );
  const twice = apply(accepted, [{ type: 'extend', days: 30, reason: 'Phức tạp' }, { type: 'extend', days: 20, reason: 'Đặc biệt phức tạp, chờ giám định' }], '2026-12-01');

  it('is laid out as a decision: the authority, the bases, "QUYẾT ĐỊNH:", the articles with the decision’s own facts', async () => {
    const template = noticeTemplate(CASE_NOTICE_TEMPLATES, twice, 'extension', 'parties', '2026-12-01');
    const notice = caseNoticeText(template, noticeFacts(twice, AGENCY, 'parties', 1));
    const doc = await readDocx(await caseNoticeDocx(notice, { issuer, signer: { authority: 'Giám đốc Sở', position: '', name: 'Nguyễn Văn Thành' }, symbol: '21/QĐ-SKHCN', documentDate: '2026-12-01', typeCode: 'QĐ' }));
    expect(doc.text).toContain('QUYẾT ĐỊNH');
    expect(doc.text).toContain('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI');
    expect(doc.text).not.toContain('SỞ SỞ');
    expect(doc.text).toContain('QUYẾT ĐỊNH:');
    expect(doc.text).toContain('Xét tính chất phức tạp của vụ việc: Đặc biệt phức tạp, chờ giám định');
    // The second extension is the one this document records: 20 days, "lần 2".
    expect(doc.text).toContain('Thời gian gia hạn: 20 ngày (gia hạn lần 2');
    expect(doc.text).toContain(`đến hết ngày ${twice.deadlines.find((d) => d.step === 'resolution')?.due?.split('-').reverse().join('/')}`);
    expect(doc.text).not.toContain('Kính gửi');
    for (const fact of [PETITIONER.name, PETITIONER.address, PETITIONER.phone]) expect(doc.text).not.toContain(fact);
  });

  it('prints the end date the decision itself set, though a later extension moved it again', () => {
    const once = apply(accepted, [{ type: 'extend', days: 30, reason: 'Phức tạp' }], '2026-12-01');
    const firstDue = once.deadlines.find((d) => d.step === 'resolution')?.due as string;
    const finalDue = twice.deadlines.find((d) => d.step === 'resolution')?.due as string;
    expect(finalDue > firstDue).toBe(true);
    const first = caseNoticeText(noticeTemplate(CASE_NOTICE_TEMPLATES, twice, 'extension', 'parties', '2026-12-01'), noticeFacts(twice, AGENCY, 'parties', 0));
    expect(first.paragraphs.join(' ')).toContain(`đến hết ngày ${firstDue.split('-').reverse().join('/')}`);
    expect(first.paragraphs.join(' ')).not.toContain(finalDue.split('-').reverse().join('/'));
  });

  it('names the authority once where the head’s title ends with the agency’s first word', () => {
    expect(authorityOf('Giám đốc Sở', 'Sở Nội vụ tỉnh Quảng Ngãi')).toBe('Giám đốc Sở Nội vụ tỉnh Quảng Ngãi');
    expect(authorityOf('Chủ tịch', 'Ủy ban nhân dân huyện Sơn Tịnh')).toBe('Chủ tịch Ủy ban nhân dân huyện Sơn Tịnh');
  });
});

describe('the proposal on handling a letter (phiếu đề xuất xử lý đơn, TT 05/2021)', () => {
  const proposalOf = async (c: ReturnType<typeof register>['case']) => {
    const notice = caseNoticeText(noticeTemplate(CASE_NOTICE_TEMPLATES, c, 'proposal', 'leader', '2026-11-17'), noticeFacts(c, AGENCY, 'leader'));
    const signed = { authority: 'Người đề xuất', position: 'Chuyên viên Văn phòng', name: 'Lê Thị Thu Hà' };
    return (await readDocx(await caseNoticeDocx(notice, { issuer, signer: signed, symbol: '18/TTr-SKHCN', documentDate: '2026-11-17', typeCode: 'TTr' }))).text;
  };

  it('tells the leaders whence the letter came, what it is, who sent it and the proposal the case took, signed by the handler', async () => {
    const complaint = apply(register(registration('khieu-nai-lan-1', vn('2026-11-16'))).case, [{ type: 'accept' }], '2026-11-16');
    const text = await proposalOf(complaint);
    expect(text).toContain('PHIẾU ĐỀ XUẤT');
    expect(text).toContain(`Kính gửi: Lãnh đạo ${AGENCY}.`);
    expect(text).toContain('nhận được đơn qua hình thức: trực tiếp.');
    expect(text).toContain(`Người gửi đơn: Ông (Bà) ${PETITIONER.name}, địa chỉ: ${PETITIONER.address}.`);
    expect(text).toContain('Phân loại đơn: khiếu nại lần đầu.');
    expect(text).toContain('Đề xuất: Thụ lý giải quyết theo thẩm quyền.');
    expect(text).toContain('Ý kiến của Lãnh đạo');
    expect(text).toContain('Lê Thị Thu Hà');
    expect(text).not.toMatch(ISO_DATE);
  });

  it('proposes what the case went on to: a transfer with its body, a refusal with its ground, a blank before either', async () => {
    const fresh = register(registration('kien-nghi-phan-anh', vn('2026-11-16'))).case;
    expect(await proposalOf(fresh)).toContain('Đề xuất: […Đề xuất hướng xử lý');
    const moved = apply(fresh, [{ type: 'transfer', to: 'Sở Xây dựng', reason: 'Thuộc lĩnh vực xây dựng' }], '2026-11-16');
    expect(await proposalOf(moved)).toContain('Đề xuất: Chuyển đơn đến Sở Xây dựng để giải quyết theo thẩm quyền (Thuộc lĩnh vực xây dựng).');
    const refused = apply(register(registration('khieu-nai-lan-1', vn('2026-11-16'))).case, [{ type: 'reject', reason: 'limitation-expired', text: 'Quá 90 ngày' }], '2026-11-16');
    expect(await proposalOf(refused)).toContain('Đề xuất: Không thụ lý: hết thời hiệu');
  });

  it('names nobody who denounced, though it goes to the leaders, since the clerks handle it too', async () => {
    const text = await proposalOf(register(registration('to-cao', vn('2026-11-16'))).case);
    expect(text).toContain('Người gửi đơn: người tố cáo (thông tin về người tố cáo được giữ bí mật).');
    for (const fact of [PETITIONER.name, PETITIONER.address, PETITIONER.phone, PETITIONER.email, PETITIONER.idNumber]) expect(text, fact).not.toContain(fact);
  });
});
