import { extname } from 'node:path';
import { type ReportMediaType, SourceError } from './report-source.js';

/**
 * What kind of source the bytes are. The bytes themselves are trusted first (a PDF served as
 * text/html is still a PDF), then what the server or the file name says, and only when neither
 * decides is the decoded text looked at (see `looksLikeHtml`). Formats reports are also published
 * in but this layer does not read (scans as images, Word/WPS, OFD, archives) are refused here
 * with advice, rather than decoded as text.
 */

/** The media type if the bytes, Content-Type or name decide it; null when only the text can tell. */
export function sniffMediaType(
  bytes: Uint8Array,
  hints: { location: string; contentType?: string | null; name?: string | null },
): ReportMediaType | null {
  const { location } = hints;
  if (isPdf(bytes)) return 'application/pdf';
  const magic = unsupportedByMagic(bytes);
  if (magic) throw unsupported(location, magic.what, magic.advice);

  const declared = byContentType(hints.contentType) ?? byExtension(hints.name);
  if (declared && typeof declared === 'object') throw unsupported(location, declared.what, declared.advice);
  if (declared === 'application/pdf') {
    const looksLikePage = looksLikeHtml(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'));
    throw new SourceError(
      'SOURCE_UNREADABLE',
      location,
      `${location} is named or served as a PDF but does not start with %PDF-` +
        (looksLikePage
          ? '; it is a web page (often an error, login or anti-robot page): open the address in a browser and save the report itself'
          : '; it is truncated or not a PDF: download it again'),
    );
  }
  return declared;
}

/** Whether decoded text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 1024);
  return /^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--)/i.test(start) || /<html[\s>]|<body[\s>]/i.test(start);
}

/** PDF readers accept the header anywhere in the first 1024 bytes; some servers prepend junk. */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

interface Unsupported {
  what: string;
  advice: string;
}

const SCAN_ADVICE = 'if it is a scan of the report, convert it to PDF and run OCR on it (for example with ocrmypdf), then import the result';
const OFFICE_ADVICE = 'open it and save it as PDF or plain text, then import that';
const ARCHIVE_ADVICE = 'unpack it and import the report inside';

const image = (what: string): Unsupported => ({ what, advice: SCAN_ADVICE });
const office = (what: string): Unsupported => ({ what, advice: OFFICE_ADVICE });
const archive = (what: string): Unsupported => ({ what, advice: ARCHIVE_ADVICE });

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function unsupportedByMagic(bytes: Uint8Array): Unsupported | null {
  if (startsWith(bytes, 0x89, ...ascii('PNG'))) return image('a PNG image');
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return image('a JPEG image');
  if (startsWith(bytes, ...ascii('GIF8'))) return image('a GIF image');
  if (startsWith(bytes, ...ascii('II*'), 0) || startsWith(bytes, ...ascii('MM'), 0, 0x2a)) return image('a TIFF image');
  if (startsWith(bytes, ...ascii('RIFF')) && startsWith(bytes.subarray(8), ...ascii('WEBP'))) return image('a WebP image');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return office('a Word, Excel or WPS document in the old binary format (.doc/.xls/.wps)');
  if (startsWith(bytes, ...ascii('{\\rtf'))) return office('an RTF document');
  if (startsWith(bytes, ...ascii('PK'), 3, 4)) return zipKind(bytes);
  if (startsWith(bytes, ...ascii('Rar!'))) return archive('a RAR archive');
  if (startsWith(bytes, ...ascii('7z'), 0xbc, 0xaf)) return archive('a 7-Zip archive');
  if (startsWith(bytes, 0x1f, 0x8b)) return archive('a gzip archive');
  return null;
}

/** Word, Excel and OFD (the Chinese fixed-layout format) files are all ZIP archives; the first entry names tell them apart. */
function zipKind(bytes: Uint8Array): Unsupported {
  const names = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (/OFD\.xml/i.test(names)) return office('an OFD document');
  if (names.includes('word/')) return office('a Word document (.docx)');
  if (names.includes('xl/')) return office('an Excel workbook (.xlsx)');
  return archive('a ZIP archive');
}

function byContentType(contentType: string | null | undefined): ReportMediaType | Unsupported | null {
  const essence = contentType?.split(';')[0].trim().toLowerCase();
  if (!essence) return null;
  if (essence === 'application/pdf' || essence === 'application/x-pdf') return 'application/pdf';
  if (essence === 'text/html' || essence === 'application/xhtml+xml') return 'text/html';
  if (essence === 'text/plain') return 'text/plain';
  if (essence.startsWith('image/')) return image(`an image (${essence})`);
  if (/msword|ms-excel|ms-powerpoint|officedocument|wps|ofd/.test(essence)) return office(`an office document (${essence})`);
  if (/zip|rar|7z|gzip/.test(essence)) return archive(`an archive (${essence})`);
  return null; // application/octet-stream and friends say nothing
}

const EXTENSIONS: Record<string, ReportMediaType | Unsupported> = {
  '.pdf': 'application/pdf',
  '.htm': 'text/html',
  '.html': 'text/html',
  '.shtml': 'text/html',
  '.xhtml': 'text/html',
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.png': image('a PNG image'),
  '.jpg': image('a JPEG image'),
  '.jpeg': image('a JPEG image'),
  '.tif': image('a TIFF image'),
  '.tiff': image('a TIFF image'),
  '.doc': office('a Word document (.doc)'),
  '.docx': office('a Word document (.docx)'),
  '.wps': office('a WPS document (.wps)'),
  '.xls': office('an Excel workbook (.xls)'),
  '.xlsx': office('an Excel workbook (.xlsx)'),
  '.ofd': office('an OFD document'),
  '.zip': archive('a ZIP archive'),
  '.rar': archive('a RAR archive'),
};

function byExtension(name: string | null | undefined): ReportMediaType | Unsupported | null {
  return name ? (EXTENSIONS[extname(name).toLowerCase()] ?? null) : null;
}

function unsupported(location: string, what: string, advice: string): SourceError {
  return new SourceError(
    'UNSUPPORTED_TYPE',
    location,
    `${location} is ${what}, which cannot be read as a report (text, web page or PDF); ${advice}`,
  );
}
