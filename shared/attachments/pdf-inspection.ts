import { inflateSync } from 'node:zlib';
import { refusalsFor, type FileRefusal } from './refusals.ts';

/**
 * PDF names that make a viewer run something. `/EmbeddedFile(s)` is refused too: a file inside the
 * PDF is one nobody checked, and a unit can attach each file on its own. `/OpenAction` and `/AA` are
 * refused through what they point to (a `/JavaScript` or `/Launch` action), not for themselves, since
 * "open at page 1" is an OpenAction too.
 */
const ACTIVE_NAMES = ['JavaScript', 'JS', 'Launch'] as const;
const EMBEDDED_NAMES = ['EmbeddedFile', 'EmbeddedFiles'];
/** A `%PDF-` file that is also a web page (opened as HTML when served or saved as `.html`). */
const HTML_MARKER = /<(html|script|body|iframe|svg|!doctype\s+html)[\s>/]/i;
const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

const refusals = refusalsFor('pdf');

/** Why the PDF is not a safe document to file, or undefined when it is one. */
export function inspectPdf(bytes: Uint8Array): FileRefusal | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const html = text.match(HTML_MARKER);
  if (html) return refusals.pdfHtml(html[0].slice(0, -1));
  const hidden = objectStreams(text);
  if (!hidden) return refusals.damaged();
  for (const body of [text, ...hidden]) {
    const names = pdfNames(body);
    const active = ACTIVE_NAMES.find((name) => names.has(name));
    if (active) return refusals.pdfActiveContent(`/${active}`);
    if (EMBEDDED_NAMES.some((name) => names.has(name))) return refusals.pdfEmbeddedFile();
  }
  return undefined;
}

/** Every name object (`/Type`, `/JavaScript`), with `#xx` escapes decoded: `/J#61vaScript` is `/JavaScript`. */
function pdfNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const match of body.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
    names.add((match[1] ?? '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }
  return names;
}

/**
 * The inflated text of each Flate-compressed object stream, within a total budget; undefined when one
 * cannot be read, since the objects in it could not be checked.
 */
function objectStreams(text: string): string[] | undefined {
  const inflated: string[] = [];
  let budget = MAX_INFLATED_BYTES;
  // Object streams (PDF 1.5+) can hide dictionaries, JavaScript ones included, in compressed bytes.
  for (const match of text.matchAll(/\bstream\r?\n/g)) {
    const at = match.index ?? 0;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('obj', at)), at);
    // Uncompressed, it was read with the rest of the file.
    if (!/\/Type\s*\/ObjStm\b/.test(dictionary) || !/\/Filter\b/.test(dictionary)) continue;
    // A direct length only: `/Length 12 0 R` is a reference, and then the stream ends at `endstream`.
    const length = Number(dictionary.match(/\/Length\s+(\d+)(?![\d\s]*R)/)?.[1]);
    const start = at + match[0].length;
    const end = Number.isFinite(length) && length > 0 ? start + length : text.indexOf('endstream', start);
    if (!/\/FlateDecode/.test(dictionary) || budget <= 0 || end <= start) return undefined;
    try {
      const out = inflateSync(Buffer.from(text.slice(start, end), 'latin1'), { maxOutputLength: budget });
      budget -= out.length;
      inflated.push(out.toString('latin1'));
    } catch {
      return undefined;
    }
  }
  return inflated;
}
