import { getDocumentProxy } from 'unpdf';
import { linesOfPage, type PlacedText } from './pdf-text-lines.js';
import { SourceError } from './report-source.js';

/**
 * A PDF's text layer → text: each page's lines in reading order (pdf-text-lines.ts), pages
 * joined by a line break. Most reports are PDFs exported from Word or WPS and have a text layer;
 * the rest are scans, which have none and must go through OCR first, so a PDF with (almost) no
 * text is refused as SCANNED_PDF instead of yielding an empty report.
 */

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = readonly number[];

/** Fewer visible characters than this per page on average: the text is a scanner's stamp or page numbers, not the report. */
const MIN_CHARS_PER_PAGE = 20;
/** More than this share of private-use or control characters: the fonts lack a Unicode map and the "text" is glyph numbers. */
const MAX_UNMAPPED_SHARE = 0.3;

const OCR_ADVICE = 'run OCR on it first (for example with ocrmypdf) and import the result';

export async function pdfToText(bytes: Uint8Array, location: string): Promise<string> {
  const pdf = await openPdf(bytes, location);
  try {
    const pages: string[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await pageLines(await pdf.getPage(number)));
    const text = pages.map((lines) => lines.join('\n')).join('\n');
    checkTextLayer(text, pdf.numPages, bytes, location);
    return text;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw unreadable(location, error);
  } finally {
    await pdf.destroy();
  }
}

async function openPdf(bytes: Uint8Array, location: string): Promise<PdfDocument> {
  try {
    // A copy, because pdf.js may take over (detach) the buffer it is given; verbosity 0 keeps its warnings off stdout.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if ((error as Error | undefined)?.name === 'PasswordException') {
      throw new SourceError(
        'SOURCE_UNREADABLE',
        location,
        `${location} is a password-protected PDF; open it with the password, save an unprotected copy (or print it to PDF) and import that`,
        { cause: error },
      );
    }
    throw unreadable(location, error);
  }
}

async function pageLines(page: PdfPage): Promise<string[]> {
  // The viewport transform takes PDF space (origin bottom left, possibly rotated or cropped)
  // to the page as displayed, so "top to bottom, left to right" means what a reader sees.
  const { transform: toDisplay } = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const placed: PlacedText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = multiply(toDisplay, item.transform);
    // Rotated runs (watermarks, vertical stamps) are not part of any line of the report.
    if (a <= 0 || Math.abs(b) > Math.abs(a) * 0.05) continue;
    placed.push({ str: item.str, x, y, width: item.width * Math.hypot(toDisplay[0], toDisplay[1]), fontSize: Math.hypot(c, d) });
  }
  page.cleanup();
  return linesOfPage(placed);
}

/** m1 × m2 for PDF 2×3 matrices [a b c d e f] (pdf.js Util.transform). */
function multiply(m1: Matrix, m2: Matrix): number[] {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

/**
 * Chinese CID fonts that are not embedded name one of Adobe's predefined character maps as their
 * encoding. Decoding those needs the pdf.js CMap files, which the pdf.js bundled in unpdf does not
 * carry, so such a PDF yields no text though it has a text layer. Its font dictionaries are
 * usually stored uncompressed, so the map's name can be seen in the raw bytes.
 */
const PREDEFINED_CJK_CMAP = /\/((?:UniGB|UniCNS|UniJIS|UniKS|GBK2K|GBK|GBpc|GBT|GB|B5pc|ETen|HKscs|CNS)-[\w-]*[HV])(?![\w-])/;

function checkTextLayer(text: string, pageCount: number, bytes: Uint8Array, location: string): void {
  const visible = text.replace(/\s+/g, '');
  if (visible.length < MIN_CHARS_PER_PAGE * pageCount) {
    const cmap = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').match(PREDEFINED_CJK_CMAP)?.[1];
    if (cmap) throw undecodable(location, `it encodes its text with the predefined Chinese character map ${cmap}, which this reader has no data for`);
    const found = visible.length === 0 ? 'no text at all' : `only ${visible.length} characters of text in ${pageCount === 1 ? '1 page' : `${pageCount} pages`}`;
    throw new SourceError('SCANNED_PDF', location, `${location} is a scanned PDF without a text layer (${found}); ${OCR_ADVICE}`);
  }
  const unmapped = visible.match(/[\u0000-\u001f\ue000-\uf8ff\ufffd]/g)?.length ?? 0;
  if (unmapped / visible.length > MAX_UNMAPPED_SHARE) {
    throw undecodable(location, 'its fonts carry no Unicode mapping, so the text comes out as glyph numbers');
  }
}

/** A text layer that is there but cannot be turned into characters: OCR has to replace it, not add to it. */
function undecodable(location: string, why: string): SourceError {
  return new SourceError(
    'SOURCE_UNREADABLE',
    location,
    `${location} has a text layer that cannot be decoded (${why}); run OCR on it, replacing that text layer (for example \`ocrmypdf --force-ocr\`), and import the result`,
  );
}

function unreadable(location: string, error: unknown): SourceError {
  const reason = error instanceof Error ? error.message : String(error);
  return new SourceError(
    'SOURCE_UNREADABLE',
    location,
    `${location} starts like a PDF but cannot be read as one (${reason}); it is probably truncated or damaged: download it again, or open it in a PDF viewer and save a new copy`,
    { cause: error },
  );
}
