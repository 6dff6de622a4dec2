import { LineRuleType, Paragraph } from 'docx';
import type { CaseNoticeText } from './case-notices.ts';
import { body, officialDocument, run, text } from './nd30-format.ts';
import { officialHead, signatureBlock, titleBlock, type Issuer, type Signer } from './nd30-parts.ts';

const ARCHIVE_LINE = '- Lưu: VT, VP.';

/**
 * A case notice as an official document (NĐ 30/2020/NĐ-CP, Phụ lục I): the heading with the register's
 * number, "THÔNG BÁO" and its trích yếu, the legal bases in italics, "Kính gửi", the body, Nơi nhận and
 * the signer. A correction says, after the body, which document it replaces and why.
 */
export async function caseNoticeDocx(notice: CaseNoticeText, context: { issuer: Issuer; signer: Signer; symbol: string; documentDate: string; typeCode: string; replaces?: string }): Promise<Uint8Array> {
  const children = [
    officialHead({ issuer: context.issuer, typeCode: context.typeCode, symbol: context.symbol, documentDate: context.documentDate }),
    ...titleBlock(notice.typeName, notice.title),
    ...notice.bases.map((basis) => body([run(basis, { italics: true })])),
    body([run(`Kính gửi: ${notice.addressee}.`, { bold: true })]),
    ...notice.paragraphs.map(text),
    ...(context.replaces ? [body([run(context.replaces, { italics: true })])] : []),
    new Paragraph({ spacing: { before: 0, after: 0, line: 360, lineRule: LineRuleType.EXACT }, children: [run('', { size: 2 })] }),
    signatureBlock({ recipients: notice.recipients, archiveLine: ARCHIVE_LINE, signer: context.signer }),
  ];
  return officialDocument({ title: `${notice.typeName} ${notice.title}`, creator: context.issuer.name, children });
}
