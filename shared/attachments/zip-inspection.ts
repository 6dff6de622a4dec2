import type { Readable } from 'node:stream';
import { fromBufferPromise, getFileNameLowLevel, validateFileName, type Entry, type ZipFile } from 'yauzl';
import { refusalsFor, type FileRefusal } from './refusals.ts';

const MIB = 1024 * 1024;

/**
 * What an archive may hold. Sizes come from the central directory and are then enforced on the bytes
 * actually inflated (yauzl's `validateEntrySizes` stops a part at one byte past what it declared), so
 * a zip bomb that lies about its sizes is stopped as early as one that does not.
 */
export const ARCHIVE_LIMITS = {
  maxEntries: 2_000,
  maxUnpackedBytes: 100 * MIB,
  maxRatio: 100,
  /** Small parts (styles, a repetitive XML) compress far better than 100:1 and cannot hurt anyone. */
  ratioCheckedFromBytes: 1 * MIB,
} as const;

/** What makes an archive the document its extension claims. */
export interface ArchiveFormat {
  extension: 'docx' | 'xlsx' | 'odt';
  kind: { vi: string; en: string };
  requiredParts: readonly string[];
  /** ODF: the first part, stored uncompressed, holding exactly this media type. */
  odfMimetype?: string;
}

export const ARCHIVE_FORMATS = {
  docx: { extension: 'docx', kind: { vi: 'văn bản Word', en: 'Word document' }, requiredParts: ['[Content_Types].xml', 'word/document.xml'] },
  xlsx: { extension: 'xlsx', kind: { vi: 'bảng tính Excel', en: 'Excel workbook' }, requiredParts: ['[Content_Types].xml', 'xl/workbook.xml'] },
  odt: {
    extension: 'odt',
    kind: { vi: 'văn bản OpenDocument', en: 'OpenDocument text' },
    requiredParts: ['mimetype', 'content.xml'],
    odfMimetype: 'application/vnd.oasis.opendocument.text',
  },
} as const satisfies Record<string, ArchiveFormat>;

/** Parts that run code: no report needs one, and a `.docx` carrying `virus.exe` is how malware travels. */
const EXECUTABLE_NAME = /\.(exe|dll|js|jse|vbs|vbe|bat|cmd|ps1|scr|jar|msi|com|hta|wsf|lnk|sh)$|(^|\/)vbaProject\.bin$/i;
const EXECUTABLE_MAGIC = [Buffer.from('MZ'), Buffer.from('\u007fELF', 'latin1'), Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.from([0xce, 0xfa, 0xed, 0xfe])];
const HEAD_BYTES = 64;

class Refused extends Error {
  override readonly name = 'Refused';
  constructor(readonly refusal: FileRefusal) {
    super(refusal.en);
  }
}

/** Why the archive is not a safe `format` document, or undefined when it is one. */
export async function inspectArchive(bytes: Uint8Array, format: ArchiveFormat): Promise<FileRefusal | undefined> {
  const refusals = refusalsFor(format.extension);
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: true });
  } catch {
    return refusals.damaged();
  }
  try {
    if (zip.entryCount > ARCHIVE_LIMITS.maxEntries) return refusals.tooManyParts(zip.entryCount, ARCHIVE_LIMITS.maxEntries);
    const parts = await readParts(zip, refusals);
    return structureProblem(parts, format, refusals);
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    return refusals.damaged();
  } finally {
    zip.close();
  }
}

interface Part {
  name: string;
  stored: boolean;
  head: Buffer;
}

type Refusals = ReturnType<typeof refusalsFor>;

async function readParts(zip: ZipFile, refusals: Refusals): Promise<Part[]> {
  const parts: Part[] = [];
  const seen = new Set<string>();
  let declared = 0;
  let unpacked = 0;
  for await (const entry of zip.eachEntry()) {
    const name = partName(entry);
    if (validateFileName(name) !== null || /\p{Cc}/u.test(name)) throw new Refused(refusals.unsafePath(name));
    if (seen.has(name.toLowerCase())) throw new Refused(refusals.duplicatePart(name));
    seen.add(name.toLowerCase());
    if (entry.isEncrypted()) throw new Refused(refusals.encryptedPart(name));
    if (EXECUTABLE_NAME.test(name)) throw new Refused(refusals.executable(name));
    const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
    if (entry.uncompressedSize >= ARCHIVE_LIMITS.ratioCheckedFromBytes && ratio > ARCHIVE_LIMITS.maxRatio) throw new Refused(refusals.abnormalCompression(name, ratio));
    declared += entry.uncompressedSize;
    if (declared > ARCHIVE_LIMITS.maxUnpackedBytes) throw new Refused(refusals.tooLargeUnpacked(ARCHIVE_LIMITS.maxUnpackedBytes));
    if (name.endsWith('/')) continue;

    const { head, bytes } = await inflate(await zip.openReadStreamPromise(entry), name, ARCHIVE_LIMITS.maxUnpackedBytes - unpacked, refusals);
    unpacked += bytes;
    if (EXECUTABLE_MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic))) throw new Refused(refusals.executable(name));
    parts.push({ name, stored: entry.compressionMethod === 0, head });
  }
  return parts;
}

/** Reads a part to its end without keeping it: its first bytes and how many there were, within `budget`. */
async function inflate(stream: Readable, name: string, budget: number, refusals: Refusals): Promise<{ head: Buffer; bytes: number }> {
  let head = Buffer.alloc(0);
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
      if (bytes > budget) throw new Refused(refusals.tooLargeUnpacked(ARCHIVE_LIMITS.maxUnpackedBytes));
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof Refused) throw error;
    // yauzl: "too many bytes in the stream" / "not enough bytes": the central directory lied.
    if (/bytes in the stream/.test((error as Error).message)) throw new Refused(refusals.falseSize(name));
    throw error;
  }
  return { head, bytes };
}

/** The name as an unzip tool would show it (UTF-8 flag, CP437, or the Info-ZIP Unicode path field). */
function partName(entry: Entry): string {
  return getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
}

function structureProblem(parts: Part[], format: ArchiveFormat, refusals: Refusals): FileRefusal | undefined {
  const names = new Set(parts.map((p) => p.name));
  const missing = format.requiredParts.find((part) => !names.has(part));
  if (missing) return refusals.missingPart(missing, format.kind);
  if (format.odfMimetype) {
    const first = parts[0];
    if (!first || first.name !== 'mimetype' || !first.stored || first.head.toString('latin1') !== format.odfMimetype) return refusals.odfMimetype();
  }
  return undefined;
}
