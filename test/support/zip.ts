import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a hand-built archive. */
export interface ZipPart {
  name: string;
  content?: string | Uint8Array;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Deflated bytes given as they are, with the size the central directory declares for them (zip bombs lie). */
  raw?: { deflated: Buffer; declaredSize: number };
}

/**
 * A ZIP archive built byte by byte, so tests can make what no well-behaved tool writes: false sizes,
 * `../` names, thousands of parts. Local headers carry the same sizes as the central directory.
 */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const content = Buffer.from(part.content ?? '');
    const method = part.raw ? 8 : (part.method ?? 8);
    const data = part.raw ? part.raw.deflated : method === 8 ? deflateRawSync(content) : content;
    const size = part.raw ? part.raw.declaredSize : content.length;
    const crc = part.raw ? 0 : crc32(content);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x0800, at); // UTF-8 names
      header.writeUInt16LE(method, at + 2);
      header.writeUInt32LE(0, at + 4); // time and date: 1980-00-00, which no check reads
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(data.length, at + 12);
      header.writeUInt32LE(size, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A raw deflate stream that inflates to `bytes` zeros, built a MiB at a time (about 1 kB per MiB). */
export function deflatedZeros(bytes: number): Buffer {
  const mib = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(mib), { finishFlush: constants.Z_SYNC_FLUSH });
  const rest = bytes % mib;
  const blocks: Buffer[] = Array.from({ length: Math.floor(bytes / mib) }, () => block);
  if (rest > 0) blocks.push(deflateRawSync(Buffer.alloc(rest), { finishFlush: constants.Z_SYNC_FLUSH }));
  return Buffer.concat([...blocks, deflateRawSync(Buffer.alloc(0))]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const DOCUMENT = (text: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

/** The parts of a small Word document, to add to or leave out of. */
export const docxParts = (text = 'Báo cáo'): ZipPart[] => [
  { name: '[Content_Types].xml', content: CONTENT_TYPES },
  { name: 'word/document.xml', content: DOCUMENT(text) },
];

/** A small Word document that passes the server's checks (for tests about something else than its content). */
export const minimalDocx = (text = 'Báo cáo') => zip(docxParts(text));

/** The parts of a small OpenDocument text: `mimetype` first and stored, as ODF requires. */
export const odtParts = (): ZipPart[] => [
  { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text', method: 0 },
  { name: 'content.xml', content: '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
  { name: 'META-INF/manifest.xml', content: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
];
