import { LineRuleType, Paragraph } from 'docx';
import type { CaseNoticeText } from './case-notices.ts';
import { body, centred, officialDocument, run, SIZE, text, upper } from './nd30-format.ts';
import { officialHead, signatureBlock, titleBlock, type Issuer, type Signer } from './nd30-parts.ts';

const ARCHIVE_LINE = '- Lưu: VT, VP.';

/**
 * Who decides, as a decision names it after its title: the head's title and the agency, the word they
 * share said once ("Giám đốc Sở" + "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" → "Giám đốc Sở Khoa học…").
 */
export function authorityOf(title: string, agencyName: string): string {
  const words = title.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const shared = last !== '' && agencyName.toLocaleLowerCase('vi-VN').startsWith(`${last.toLocaleLowerCase('vi-VN')} `);
  return `${(shared ? words.slice(0, -1) : words).join(' ')} ${agencyName}`;
}

/**
 * A case document as an official document (NĐ 30/2020/NĐ-CP, Phụ lục I): the heading with the register's
 * number, "THÔNG BÁO" (or "QUYẾT ĐỊNH") and its trích yếu, the legal bases in italics, "Kính gửi" (for a
 * decision: the issuing authority before the bases, "QUYẾT ĐỊNH:" and its articles after), the body,
 * Nơi nhận and the signer. A correction says, after the body, which document it replaces and why.
 */
export async function caseNoticeDocx(notice: CaseNoticeText, context: { issuer: Issuer; signer: Signer; symbol: string; documentDate: string; typeCode: string; replaces?: string }): Promise<Uint8Array> {
  const decision = notice.layout === 'decision';
  const children = [
    officialHead({ issuer: context.issuer, typeCode: context.typeCode, symbol: context.symbol, documentDate: context.documentDate }),
    ...titleBlock(notice.typeName, notice.title),
    // A decision names the authority that issues it, then its bases, then "QUYẾT ĐỊNH:" and its articles.
    ...(decision ? [centred(upper(authorityOf(context.signer.authority, context.issuer.name)), { size: SIZE.title, bold: true })] : []),
    ...notice.bases.map((basis) => body([run(basis, { italics: true })])),
    decision ? centred('QUYẾT ĐỊNH:', { size: SIZE.title, bold: true }, { before: 120 }) : body([run(`Kính gửi: ${notice.addressee}.`, { bold: true })]),
    ...notice.paragraphs.map(text),
    ...(context.replaces ? [body([run(context.replaces, { italics: true })])] : []),
    new Paragraph({ spacing: { before: 0, after: 0, line: 360, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] }),
    signatureBlock({ recipients: notice.recipients, archiveLine: ARCHIVE_LINE, signer: context.signer }),
  ];
  return officialDocument({ title: `${notice.typeName} ${notice.title}`, creator: context.issuer.name, children });
}
