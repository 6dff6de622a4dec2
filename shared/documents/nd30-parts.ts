import { Paragraph, type Table } from 'docx';
import {
  approxWidth,
  centred,
  datelineDate,
  FOOT_LEFT,
  FOOT_RIGHT,
  HEADER_LEFT,
  HEADER_RIGHT,
  issuerName,
  layoutTable,
  MOTTO,
  NATIONAL_NAME,
  nfc,
  NUMBER_BLANK,
  rule,
  RULE_GAP,
  run,
  SIZE,
  spacer,
  TEXT_WIDTH,
  tight,
  upper,
} from './nd30-format.ts';
import { documentSymbolOf } from './register.ts';

/** The issuing agency as the heading of a document names it. */
export interface Issuer {
  name: string;
  shortName: string;
  parentBody?: string | undefined;
  placeName: string;
}

/** Who signs: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" and the name. */
export interface Signer {
  authority: string;
  position: string;
  name: string;
}

/**
 * The first page's heading (NĐ 30/2020, Phụ lục I): the issuing body above its rule on the left, the
 * Quốc hiệu and Tiêu ngữ on the right, then "Số: …" and the dateline. `symbol` is the register's
 * ("15/TB-SKHCN"); without one the number is left blank for the clerk, after which `typeCode` and the
 * agency's symbol follow.
 */
export function officialHead(input: { issuer: Issuer; typeCode: string; symbol: string | null; documentDate: string }): Table {
  const { issuer } = input;
  const name = upper(issuerName(issuer.name, issuer.parentBody));
  const left = [
    ...(issuer.parentBody ? [centred(upper(issuer.parentBody), { size: SIZE.issuer })] : []),
    centred(name, { size: SIZE.issuer, bold: true }),
    rule(Math.round(Math.min(approxWidth(name, SIZE.issuer, true), HEADER_LEFT) * 0.4), HEADER_LEFT, RULE_GAP),
  ];
  const right = [
    centred(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    centred(MOTTO, { size: SIZE.motto, bold: true }),
    rule(approxWidth(MOTTO, SIZE.motto, true), HEADER_RIGHT, RULE_GAP),
  ];
  const symbol = input.symbol ?? `${NUMBER_BLANK}/${input.typeCode}-${documentSymbolOf(issuer.shortName)}`;
  const number = [centred(`Số:${input.symbol ? ' ' : ''}${symbol}`, { size: SIZE.number }, { before: 120 })];
  const dateline = [centred(`${nfc(issuer.placeName)}, ${datelineDate(input.documentDate)}`, { size: SIZE.dateline, italics: true }, { before: 120 })];
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [left, right],
      [number, dateline],
    ],
  );
}

/** The type's name ("BÁO CÁO", "THÔNG BÁO") and the trích yếu below it, with the short rule. */
export function titleBlock(typeName: string, title: string): Paragraph[] {
  return [
    centred(typeName, { size: SIZE.title, bold: true }, { before: 360 }),
    centred(title, { size: SIZE.title, bold: true }),
    rule(Math.round(Math.min(approxWidth(title, SIZE.title, true), TEXT_WIDTH) * 0.4), TEXT_WIDTH, RULE_GAP),
    spacer(),
  ];
}

/** "Nơi nhận:" with its lines on the left (the archive line last), the signer on the right. */
export function signatureBlock(input: { recipients: readonly string[]; archiveLine: string; signer: Signer }): Table {
  const line = (value: string) => new Paragraph({ spacing: tight, children: [run(value, { size: SIZE.recipients })] });
  const left = [
    new Paragraph({ spacing: tight, children: [run('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel })] }),
    ...input.recipients.map((recipient) => line(`- ${nfc(recipient).trim()};`)),
    line(input.archiveLine),
  ];
  const { signer } = input;
  const right = [
    centred(upper(signer.authority), { size: SIZE.signer, bold: true }),
    centred(upper(signer.position), { size: SIZE.signer, bold: true }),
    ...Array.from({ length: 4 }, () => centred('', { size: SIZE.signer }, { before: 120 })),
    centred(signer.name, { size: SIZE.signer, bold: true }, { before: 240 }),
  ];
  return layoutTable([FOOT_LEFT, FOOT_RIGHT], [[left, right]]);
}
