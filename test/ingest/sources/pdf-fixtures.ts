import { crc32, deflateSync } from 'node:zlib';
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFPage,
  type PDFRef,
  PDFString,
  setFontAndSize,
  showText,
  StandardFonts,
} from 'pdf-lib';

/*
 * PDFs built at test time (a few KB each), so no binary fixture is committed.
 *
 * This machine has no CJK font (`fc-list :lang=zh` is empty; /usr/share/fonts holds only
 * DejaVu), so Chinese cannot be drawn with an embedded font through fontkit. The Chinese PDF
 * below is built the way many real reports are: a Type0 font with Identity-H encoding that is
 * *not embedded* (as PDFs naming 宋体 without embedding it are) and a ToUnicode map. The text
 * layer, which is all that text extraction reads, is real; the glyphs would not render.
 */

export interface PlacedRun {
  text: string;
  x: number;
  /** from the bottom of the page, as PDF coordinates are */
  y: number;
  size?: number;
}

const A4: [number, number] = [595, 842];

/** Latin text in Helvetica, one page per array of runs, drawn in the order given. */
export async function latinPdf(pages: readonly (readonly PlacedRun[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font: PDFFont = await pdf.embedFont(StandardFonts.Helvetica);
  for (const runs of pages) {
    const page = pdf.addPage(A4);
    for (const run of runs) page.drawText(run.text, { x: run.x, y: run.y, size: run.size ?? 12, font });
  }
  return pdf.save();
}

/**
 * Chinese (and any other) text through a non-embedded CID font with a ToUnicode map; see the file
 * comment. Without the map (`withToUnicode: false`) the text layer holds only glyph numbers.
 */
export async function chinesePdf(pages: readonly (readonly PlacedRun[])[], { withToUnicode = true } = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const characters = [...new Set(pages.flat().flatMap((run) => [...run.text]))];
  const cidOf = new Map(characters.map((character, index) => [character, index + 1]));
  const font = addCidFont(pdf, characters, withToUnicode);
  for (const runs of pages) {
    const page = pdf.addPage(A4);
    page.node.setFontDictionary(PDFName.of('F1'), font);
    for (const run of runs) drawCidText(page, run, cidOf);
  }
  return pdf.save();
}

function drawCidText(page: PDFPage, run: PlacedRun, cidOf: Map<string, number>): void {
  const codes = [...run.text].map((character) => cidOf.get(character)!.toString(16).padStart(4, '0')).join('');
  page.pushOperators(beginText(), setFontAndSize('F1', run.size ?? 12), moveText(run.x, run.y), showText(PDFHexString.of(codes)), endText());
}

function addCidFont(pdf: PDFDocument, characters: readonly string[], withToUnicode: boolean): PDFRef {
  const { context } = pdf;
  const hex = (value: number) => `<${value.toString(16).padStart(4, '0')}>`;
  const unicodeHex = (character: string) => `<${[...Buffer.from(character, 'utf16le').swap16()].map((byte) => byte.toString(16).padStart(2, '0')).join('')}>`;
  const mappings = characters.map((character, index) => `${hex(index + 1)} ${unicodeHex(character)}`);
  const blocks: string[] = [];
  for (let i = 0; i < mappings.length; i += 100) {
    const block = mappings.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  const toUnicode = context.stream(
    [
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
      '1 begincodespacerange <0000> <FFFF> endcodespacerange',
      ...blocks,
      'endcmap CMapName currentdict /CMap defineresource pop end end',
    ].join('\n'),
  );
  // Chinese characters are one em wide, everything else (digits, Latin) half an em, as in 宋体.
  const widths = characters.flatMap((character, index) => [index + 1, [/[\u0000-\u00ff]/.test(character) ? 500 : 1000]]);
  const descriptor = context.obj({
    Type: 'FontDescriptor', FontName: 'SimSun', Flags: 6, FontBBox: [0, -141, 1000, 859],
    ItalicAngle: 0, Ascent: 859, Descent: -141, CapHeight: 683, StemV: 80,
  });
  const cidFont = context.obj({
    Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'SimSun',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: context.register(descriptor), DW: 1000, W: widths, CIDToGIDMap: 'Identity',
  });
  return context.register(
    context.obj({
      Type: 'Font', Subtype: 'Type0', BaseFont: 'SimSun', Encoding: 'Identity-H',
      DescendantFonts: [context.register(cidFont)], ...(withToUnicode ? { ToUnicode: context.register(toUnicode) } : {}),
    }),
  );
}

/**
 * Chinese text in STSong-Light through the predefined map UniGB-UCS2-H, with no ToUnicode map and
 * no embedded font, as older report generators (iText and the like) write it.
 */
export async function predefinedCMapPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const { context } = pdf;
  const descriptor = context.obj({
    Type: 'FontDescriptor', FontName: 'STSong-Light', Flags: 6, FontBBox: [0, -141, 1000, 859],
    ItalicAngle: 0, Ascent: 859, Descent: -141, CapHeight: 683, StemV: 80,
  });
  const cidFont = context.obj({
    Type: 'Font', Subtype: 'CIDFontType0', BaseFont: 'STSong-Light', DW: 1000,
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
    FontDescriptor: context.register(descriptor),
  });
  const font = context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light', Encoding: 'UniGB-UCS2-H', DescendantFonts: [context.register(cidFont)] }),
  );
  const page = pdf.addPage(A4);
  page.node.setFontDictionary(PDFName.of('F1'), font);
  const ucs2 = Buffer.from(text, 'utf16le').swap16().toString('hex');
  page.pushOperators(beginText(), setFontAndSize('F1', 12), moveText(60, 700), showText(PDFHexString.of(ucs2)), endText());
  return pdf.save({ useObjectStreams: false });
}

/** A small grey PNG (what a scanned page is, in miniature), built here so it is valid by construction. */
export function pngBytes(width = 4, height = 4): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array<number>(width).fill(0x80)])));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** Pages that are a picture and nothing else, as a scanner makes them. */
export async function imageOnlyPdf(pageCount = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(pngBytes());
  for (let i = 0; i < pageCount; i++) pdf.addPage(A4).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] });
  return pdf.save();
}

/**
 * A PDF whose trailer says it is encrypted (standard security handler) with a user password: the
 * /O and /U entries are made up, so no empty password opens it, as with a real protected report.
 */
export async function passwordProtectedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage(A4);
  const { context } = pdf;
  const filler = (byte: number) => PDFHexString.of(byte.toString(16).padStart(2, '0').repeat(32));
  context.trailerInfo.Encrypt = context.register(
    context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, O: filler(0xab), U: filler(0xcd), P: -4 }),
  );
  context.trailerInfo.ID = context.obj([PDFHexString.of('0123456789abcdef0123456789abcdef'), PDFHexString.of('0123456789abcdef0123456789abcdef')]);
  return pdf.save({ useObjectStreams: false });
}
