import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../../shared/attachments/inspection.ts';
import type { FileRefusalCode } from '../../../shared/attachments/refusals.ts';
import type { AttachmentContentType } from '../../../shared/reporting/model.ts';
import { deflatedZeros, docxParts, odtParts, zip } from '../../support/zip.ts';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const MIB = 1024 * 1024;

const pdf = (...body: (string | Buffer)[]) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n', 'latin1'), ...body.map((b) => Buffer.from(b as string, 'latin1')), Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]);

/** A PDF 1.5 object stream: its objects are compressed, so their names do not appear in the file's bytes. */
const objectStream = (objects: string) => {
  const packed = deflateSync(Buffer.from(objects, 'latin1'));
  return Buffer.concat([Buffer.from(`3 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`, 'latin1'), packed, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
};

describe('inspectFile: files that are what they claim', () => {
  it('accepts a Word document written by the docx package', async () => {
    // Prepare
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo kết quả thực hiện năm 2025')] }] }));
    // Act + Assess
    expect(await inspectFile(DOCX, bytes)).toBeUndefined();
  });

  it('accepts an Excel workbook written by exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số liệu').addRows([['Chỉ tiêu', 'Số lượng'], ['Buổi tuyên truyền', 12]]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await inspectFile(XLSX, bytes)).toBeUndefined();
  });

  it('accepts an OpenDocument text whose mimetype comes first, stored', async () => {
    expect(await inspectFile(ODT, zip(odtParts()))).toBeUndefined();
  });

  it('accepts a PDF whose OpenAction only opens the first page', () => {
    return expect(inspectFile(PDF, pdf('4 0 obj << /OpenAction [5 0 R /Fit] >> endobj\n', objectStream('5 0 << /Type /Page >>')))).resolves.toBeUndefined();
  });
});

describe('inspectFile: refusals, each with its reason', () => {
  const cases: [string, AttachmentContentType, () => Uint8Array, FileRefusalCode, RegExp][] = [
    ['a zip bomb whose one part declares 200 MiB (2,000:1)', DOCX, () => zip([...docxParts(), { name: 'word/bomb.xml', raw: { deflated: deflatedZeros(200 * MIB), declaredSize: 200 * MIB } }]), 'abnormal-compression', /word\/bomb\.xml/],
    ['a zip bomb whose part declares 1 kB and inflates to 200 MiB', DOCX, () => zip([...docxParts(), { name: 'word/bomb.xml', raw: { deflated: deflatedZeros(200 * MIB), declaredSize: 1000 } }]), 'false-size', /word\/bomb\.xml/],
    [
      'an archive of 120 small parts that unpack to 108 MiB together',
      XLSX,
      () => zip(Array.from({ length: 120 }, (_, i) => ({ name: `xl/p${i}.xml`, raw: { deflated: deflatedZeros(0.9 * MIB), declaredSize: 0.9 * MIB } }))),
      'too-large-unpacked',
      /100 MB/,
    ],
    ['an archive of 2,001 parts', DOCX, () => zip([...docxParts(), ...Array.from({ length: 1999 }, (_, i) => ({ name: `word/p${i}.xml`, content: 'x' }))]), 'too-many-parts', /2001 > 2000/],
    ['a .docx holding virus.exe', DOCX, () => zip([...docxParts(), { name: 'virus.exe', content: 'MZ\u0090\u0000' }]), 'executable', /virus\.exe/],
    ['a .docx holding a program named like a picture', DOCX, () => zip([...docxParts(), { name: 'word/media/image1.png', content: 'MZ\u0090\u0000' }]), 'executable', /image1\.png/],
    ['a .docx holding macros', DOCX, () => zip([...docxParts(), { name: 'word/vbaProject.bin', content: 'macros' }]), 'executable', /vbaProject\.bin/],
    ['a .docx with a part that climbs out of the folder', DOCX, () => zip([...docxParts(), { name: '../../evil.xml', content: '<x/>' }]), 'unsafe-path', /\.\.\/\.\.\/evil\.xml/],
    ['a .docx without word/document.xml', DOCX, () => zip(docxParts().slice(0, 1)), 'missing-part', /word\/document\.xml/],
    ['a .docx renamed .xlsx', XLSX, () => zip(docxParts()), 'missing-part', /xl\/workbook\.xml/],
    ['an .odt whose mimetype is compressed', ODT, () => zip(odtParts().map((p) => ({ ...p, method: 8 as const }))), 'odf-mimetype', /mimetype/],
    ['an .odt whose mimetype is not the first part', ODT, () => zip([...odtParts()].reverse()), 'odf-mimetype', /mimetype/],
    ['a ZIP signature followed by nothing an unzip tool can read', DOCX, () => Buffer.from('PK\u0003\u0004 không phải tệp nén', 'utf8'), 'damaged', /bị hỏng/],
    ['a program named .pdf', PDF, () => Buffer.from('MZ\u0090\u0000', 'latin1'), 'not-its-type', /PDF/],
    ['a PDF with JavaScript', PDF, () => pdf('4 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj'), 'pdf-active-content', /\/JavaScript/],
    ['a PDF whose OpenAction runs JavaScript written with #-escapes', PDF, () => pdf('4 0 obj << /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >> endobj'), 'pdf-active-content', /\/JavaScript/],
    ['a PDF with JavaScript hidden in an object stream', PDF, () => pdf(objectStream('5 0 << /S /JavaScript /JS (app.alert(1)) >>')), 'pdf-active-content', /\/JavaScript/],
    ['a PDF that launches a program', PDF, () => pdf('4 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj'), 'pdf-active-content', /\/Launch/],
    ['a PDF carrying an embedded file', PDF, () => pdf('4 0 obj << /Type /EmbeddedFile /Length 2 >> stream\nMZ\nendstream endobj'), 'pdf-embedded-file', /từng tệp riêng/],
    ['a PDF that is also a web page', PDF, () => pdf('<html><script>fetch("/api/me")</script></html>'), 'pdf-html', /<html/],
  ];

  it.each(cases)('refuses %s', async (_, type, build, code, detail) => {
    // Prepare
    const bytes = build();
    // Act
    const refusal = await inspectFile(type, bytes);
    // Assess
    expect(refusal?.code).toBe(code);
    expect(refusal?.vi).toMatch(detail);
    expect(refusal?.vi).toMatch(/— không nhận$/);
    expect(refusal?.en).toMatch(/— refused$/);
  });

  it('tells a clerk in both languages that a .docx carries a program', async () => {
    const refusal = await inspectFile(DOCX, zip([...docxParts(), { name: 'virus.exe', content: 'MZ' }]));
    expect(refusal).toEqual({
      code: 'executable',
      vi: 'Tệp .docx chứa tệp chạy được (virus.exe) — không nhận',
      en: 'The .docx file contains an executable file (virus.exe) — refused',
    });
  });
});
