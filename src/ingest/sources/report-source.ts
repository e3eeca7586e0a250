/**
 * The contract of the input layer: whatever a report arrives as (a text file, a web page, a PDF,
 * on disk or at a URL), what comes out is its plain text and a record of where it came from.
 * Parsers start from `ReportText.text`; nothing after this layer sees bytes or markup.
 */

export type ReportMediaType = 'text/plain' | 'text/html' | 'application/pdf';

export interface ReportText {
  /** The report as plain text: LF line ends, one line per block; table rows are cells joined by tabs. */
  text: string;
  origin: {
    kind: 'file' | 'url';
    /** The absolute path read, or the URL the bytes finally came from (after redirects). */
    location: string;
    mediaType: ReportMediaType;
    /** The character encoding the bytes were decoded with (`utf-8`, `gb18030`, …); null for a PDF. */
    encoding: string | null;
    /** SHA-256 (hex) of the bytes read, so a later import can tell whether the source changed. */
    sha256: string;
  };
}

export type SourceErrorCode =
  /** the bytes are there but cannot be turned into text: binary, corrupt, encrypted, too large */
  | 'SOURCE_UNREADABLE'
  /** a PDF made of page images: it needs OCR before it has any text to read */
  | 'SCANNED_PDF'
  /** a format this layer does not read (an image, a Word or OFD file, …) */
  | 'UNSUPPORTED_TYPE'
  /** nothing to read: no bytes, or no text in them */
  | 'EMPTY'
  /** the URL could not be fetched: network error, timeout, non-2xx status, over the size cap */
  | 'FETCH_FAILED';

/**
 * Why a source gave no text. The message names the location, says what is wrong and what to do
 * about it, so it can be shown to whoever runs the import as it is.
 */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    readonly location: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Sizes in messages, e.g. `50 MB`, `812 KB`, `37 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
