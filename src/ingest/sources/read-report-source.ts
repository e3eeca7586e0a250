import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charsetOfContentType, decodeText, findMetaCharset } from './decode-text.js';
import { fetchUrlBytes } from './fetch-url-bytes.js';
import { htmlToText } from './html-to-text.js';
import { pdfToText } from './pdf-to-text.js';
import { formatBytes, type ReportText, SourceError } from './report-source.js';
import { looksLikeHtml, sniffMediaType } from './sniff-media-type.js';

/**
 * A report's text from a file path (or file: URL) or an http(s) URL: the bytes are read, their
 * kind sniffed (sniff-media-type.ts), and they are turned into text by the PDF, HTML or plain
 * text path. Every way this can fail is a SourceError whose message says what to do.
 */

export interface ReadReportSourceOptions {
  /** how long a download may take in all, in milliseconds (default 30 000) */
  timeoutMs?: number;
  /** the largest source accepted, in bytes (default 50 MB); larger ones are refused unread */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

interface RawSource {
  kind: 'file' | 'url';
  location: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** a file name or URL path, for its extension */
  name: string;
}

export async function readReportSource(location: string, options: ReadReportSourceOptions = {}): Promise<ReportText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (/^(?!https?:|file:)[a-z][a-z\d+.-]+:\/\//i.test(location)) {
    throw new SourceError('FETCH_FAILED', location, `${location} is not an http(s) address; only http and https are fetched: download it and give the file's path`);
  }
  const source = /^https?:\/\//i.test(location)
    ? await readUrl(location, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes)
    : await readLocalFile(location, maxBytes);
  const { kind, bytes, contentType } = source;
  const where = source.location;
  if (bytes.length === 0) {
    throw new SourceError('EMPTY', where, `${where} is empty (0 bytes); check that the file was saved or downloaded completely`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const declared = sniffMediaType(bytes, { location: where, contentType, name: source.name });
  if (declared === 'application/pdf') {
    const text = await pdfToText(bytes, where);
    return { text, origin: { kind, location: where, mediaType: declared, encoding: null, sha256 } };
  }

  // The page's own <meta> charset only counts for what may be a page, and after the HTTP header.
  const metaCharset = declared === 'text/plain' ? null : findMetaCharset(bytes);
  const decoded = decodeText(bytes, where, [charsetOfContentType(contentType), metaCharset]);
  const mediaType = declared ?? (looksLikeHtml(decoded.text) ? 'text/html' : 'text/plain');
  const text = mediaType === 'text/html' ? htmlToText(decoded.text) : decoded.text;
  if (text.trim() === '') throw noText(where, mediaType === 'text/html');
  return { text, origin: { kind, location: where, mediaType, encoding: decoded.encoding, sha256 } };
}

async function readUrl(url: string, timeoutMs: number, maxBytes: number): Promise<RawSource> {
  const fetched = await fetchUrlBytes(url, { timeoutMs, maxBytes });
  return {
    kind: 'url',
    location: fetched.finalUrl,
    bytes: fetched.bytes,
    contentType: fetched.contentType,
    name: new URL(fetched.finalUrl).pathname,
  };
}

async function readLocalFile(location: string, maxBytes: number): Promise<RawSource> {
  const path = resolve(/^file:/i.test(location) ? fileURLToPath(location) : location);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new SourceError('SOURCE_UNREADABLE', path, `${path} is a folder, not a file; give the path of the report file inside it`);
    if (info.size > maxBytes) {
      throw new SourceError(
        'SOURCE_UNREADABLE',
        path,
        `${path} is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}; check that it is the report, and if so allow more with the maxBytes option`,
      );
    }
    const buffer = await readFile(path);
    return { kind: 'file', location: path, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), contentType: null, name: path };
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw fileError(path, error as NodeJS.ErrnoException);
  }
}

function fileError(path: string, error: NodeJS.ErrnoException): SourceError {
  const reason =
    error.code === 'ENOENT'
      ? 'does not exist; check the path'
      : error.code === 'EACCES' || error.code === 'EPERM'
        ? 'cannot be read (permission denied); check its permissions'
        : `cannot be read (${error.code ?? error.message})`;
  return new SourceError('SOURCE_UNREADABLE', path, `${path} ${reason}`, { cause: error });
}

function noText(location: string, isPage: boolean): SourceError {
  return new SourceError(
    'EMPTY',
    location,
    isPage
      ? `${location} is a web page with no text in it; if the page fills in its content with JavaScript, open it in a browser, save it once loaded (or find the report's PDF) and import that`
      : `${location} contains only blank space; check that it is the report`,
  );
}
