import iconv from 'iconv-lite';
import { SourceError } from './report-source.js';

/**
 * Bytes → string for text and HTML sources. Chinese government sites still serve much of their
 * archive in GB2312/GBK, often without saying so, so the order of evidence is:
 *   1. a byte order mark (it is the most certain thing a file can say about itself);
 *   2. a declared charset: the HTTP header, else the page's own <meta>;
 *   3. UTF-8, if the bytes are valid UTF-8 (GBK text almost never is);
 *   4. GB18030, which decodes GB2312 and GBK too (it is a superset of both).
 * A declared UTF-8 that the bytes are not valid as is ignored: old GBK pages moved to a new
 * server are commonly sent as `charset=utf-8` while still being GBK. Western single-byte
 * declarations (ISO-8859-1, the default of many web servers) are ignored altogether: they decode
 * any bytes without error, and a Chinese report is never in them.
 */

export interface DecodedText {
  text: string;
  /** what the bytes were decoded with: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, or another iconv-lite name */
  encoding: string;
}

/** Labels of the GB family; all are read with the GB18030 decoder, as browsers do. */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'gb_2312-80', 'gb_2312', 'csgb2312', 'chinese', 'iso-ir-58', 'euc-cn', 'gb18030']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const WESTERN_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii']);

/** A charset label as this module decodes it, or null when the label is unknown or Western (and so ignored). */
export function normaliseCharset(label: string | null | undefined): string | null {
  const name = label?.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!name || WESTERN_LABELS.has(name)) return null;
  if (UTF8_LABELS.has(name)) return 'utf-8';
  if (GB_FAMILY.has(name)) return 'gb18030';
  if (name === 'utf-16' || name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  return iconv.encodingExists(name) ? name : null;
}

/** The charset parameter of a Content-Type header value, e.g. `text/html; charset=GBK` → `GBK`. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  return contentType?.match(/;\s*charset\s*=\s*("?)([^";\s]+)\1/i)?.[2] ?? null;
}

/**
 * The charset an HTML page declares about itself, in `<meta charset>` or in
 * `<meta http-equiv="Content-Type" content="…; charset=…">`. Looked for in the first 8 KB read as
 * Latin-1: the declaration is ASCII whatever the page's encoding, and heads of government pages
 * carry long inline scripts before it.
 */
export function findMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const declared = tag.match(/charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
    // A page that says UTF-16 in ASCII is not UTF-16 (the HTML standard reads it as UTF-8).
    if (declared) return /^utf-?16/i.test(declared) ? 'utf-8' : declared;
  }
  return null;
}

/**
 * Decodes `bytes` (see the module comment for the order of evidence) and normalises line ends to
 * LF. `declaredCharsets` are the declarations in the order they count, e.g. the HTTP header's
 * and then the page's <meta>; unknown labels are skipped.
 */
export function decodeText(bytes: Uint8Array, location: string, declaredCharsets: readonly (string | null | undefined)[] = []): DecodedText {
  const declared = declaredCharsets.map(normaliseCharset).filter((charset): charset is string => charset !== null);
  const decoded = decodeByEvidence(bytes, location, declared);
  rejectIfBinary(decoded.text, location);
  return { text: decoded.text.replace(/\r\n?/g, '\n'), encoding: decoded.encoding };
}

const isUtf16 = (charset: string) => charset.startsWith('utf-16');

function decodeByEvidence(bytes: Uint8Array, location: string, declared: readonly string[]): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  if (declared[0] && isUtf16(declared[0])) return { text: decodeWith(bytes, declared[0]), encoding: declared[0] };
  // Every 8-bit and multi-byte encoding a report can be in keeps NUL out of its text.
  if (bytes.includes(0)) throw binaryError(location);
  for (const charset of declared) {
    if (isUtf16(charset)) continue;
    if (charset !== 'utf-8') return { text: decodeWith(bytes, charset), encoding: charset };
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWith(bytes, 'gb18030'), encoding: 'gb18030' };
}

function byteOrderMark(bytes: Uint8Array): { length: number; encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { length: 3, encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: 2, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: 2, encoding: 'utf-16be' };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return iconv.decode(bytes, encoding, { stripBOM: false });
}

/**
 * Text that is more than a few percent control characters or undecodable sequences is not text:
 * a GB18030 decoder accepts almost any bytes, so without this check an unknown binary format
 * would come out as a page of plausible-looking Chinese.
 */
const MAX_SUSPICIOUS_SHARE = 0.05;
const SAMPLE_CHARS = 65_536;

function rejectIfBinary(text: string, location: string): void {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length === 0) return;
  const suspicious = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (suspicious / sample.length > MAX_SUSPICIOUS_SHARE) throw binaryError(location);
}

function binaryError(location: string): SourceError {
  return new SourceError(
    'SOURCE_UNREADABLE',
    location,
    `${location} holds binary data, not text; check that it is the report itself (a text file, a web page or a PDF) and not some other file`,
  );
}
