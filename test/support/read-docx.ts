import JSZip from 'jszip';

/** One paragraph of a DOCX part: its plain text and its XML, to check run properties. */
export interface DocxParagraph {
  text: string;
  xml: string;
}

export interface DocxHeader {
  /** `default`, `first` or `even`, as in the section's `w:headerReference`. */
  type: string;
  part: string;
  xml: string;
  text: string;
}

/** Page size, margins and flags of the document's (last) section, in twips as written. */
export interface DocxSectionProperties {
  pageWidth: number;
  pageHeight: number;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** `w:titlePg`: the first page has its own header and footer. */
  titlePage: boolean;
}

export interface ReadDocx {
  /** The paragraphs' texts of word/document.xml, joined by "\n" (table cells included, in order). */
  text: string;
  paragraphs: DocxParagraph[];
  /** word/document.xml */
  xml: string;
  /** word/styles.xml */
  stylesXml: string;
  sectionProperties: DocxSectionProperties;
  /** Every font named by `w:rFonts` in the document, styles, headers and footers, sorted. */
  fonts: string[];
  /** The theme's heading (major) and body (minor) Latin fonts. */
  themeFonts: { major: string | undefined; minor: string | undefined };
  headers: DocxHeader[];
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name] ?? '';
  });

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : decode(m[1]);
};

/** Paragraphs of a WordprocessingML part, in document order (paragraphs never nest outside text boxes). */
export function paragraphsOf(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const inner = m[1] ?? '';
    let text = '';
    for (const piece of inner.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += piece[1] !== undefined ? decode(piece[1]) : piece[0] === '<w:tab/>' ? '\t' : '\n';
    }
    out.push({ text, xml: m[0] });
  }
  return out;
}

function sectionPropertiesOf(xml: string): DocxSectionProperties {
  const sects = [...xml.matchAll(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g)];
  const sect = sects.at(-1)?.[0];
  if (!sect) throw new Error('word/document.xml has no w:sectPr');
  const pgSz = /<w:pgSz\s[^>]*\/>/.exec(sect)?.[0] ?? '';
  const pgMar = /<w:pgMar\s[^>]*\/>/.exec(sect)?.[0] ?? '';
  const num = (tag: string, name: string) => Number(attr(tag, name) ?? NaN);
  const titlePg = /<w:titlePg(?:\s[^>]*)?\/>/.exec(sect)?.[0];
  return {
    pageWidth: num(pgSz, 'w:w'),
    pageHeight: num(pgSz, 'w:h'),
    margins: { top: num(pgMar, 'w:top'), bottom: num(pgMar, 'w:bottom'), left: num(pgMar, 'w:left'), right: num(pgMar, 'w:right'), header: num(pgMar, 'w:header'), footer: num(pgMar, 'w:footer') },
    titlePage: titlePg !== undefined && !/w:val="(0|false|off)"/.test(titlePg),
  };
}

/** Opens a DOCX and returns what tests check: text, XML, section properties, fonts and headers. */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`missing part ${name}`);
    return file.async('string');
  };
  const xml = await part('word/document.xml');
  const stylesXml = await part('word/styles.xml');
  const rels = await part('word/_rels/document.xml.rels');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s[^>]*\/>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, `word/${target.replace(/^\/?word\//, '')}`);
  }

  const lastSect = [...xml.matchAll(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g)].at(-1)?.[0] ?? '';
  const headers: DocxHeader[] = [];
  for (const m of lastSect.matchAll(/<w:headerReference\s[^>]*\/>/g)) {
    const target = targets.get(attr(m[0], 'r:id') ?? '');
    if (!target) continue;
    const headerXml = await part(target);
    headers.push({ type: attr(m[0], 'w:type') ?? 'default', part: target, xml: headerXml, text: paragraphsOf(headerXml).map((p) => p.text).join('\n') });
  }

  const fontParts = [xml, stylesXml];
  for (const name of Object.keys(zip.files)) if (/^word\/(header|footer|numbering)\d*\.xml$/.test(name)) fontParts.push(await part(name));
  const fonts = new Set<string>();
  for (const partXml of fontParts) {
    for (const m of partXml.matchAll(/<w:rFonts\s[^>]*\/>/g)) {
      for (const key of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia']) {
        const value = attr(m[0], key);
        if (value !== undefined) fonts.add(value);
      }
    }
  }
  const theme = zip.file('word/theme/theme1.xml') ? await part('word/theme/theme1.xml') : '';
  const themeFont = (kind: string) => {
    const block = new RegExp(`<a:${kind}>([\\s\\S]*?)</a:${kind}>`).exec(theme)?.[1] ?? '';
    return /<a:latin\s[^>]*typeface="([^"]*)"/.exec(block)?.[1];
  };

  const paragraphs = paragraphsOf(xml);
  return {
    text: paragraphs.map((p) => p.text).join('\n'),
    paragraphs,
    xml,
    stylesXml,
    sectionProperties: sectionPropertiesOf(xml),
    fonts: [...fonts].sort(),
    themeFonts: { major: themeFont('majorFont'), minor: themeFont('minorFont') },
    headers,
  };
}
