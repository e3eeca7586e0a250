/**
 * One report text seen three ways that share offsets, so that whatever is found in one view can
 * be cut from the original exactly as printed:
 *
 * - `original`: the text as given (cells' `raw` are sliced from it);
 * - `normal`: the same length, one code unit for one code unit, with full-width ASCII
 *   (０-９, （）, ，, ．, ／, －, ｜, ：) folded to ASCII and odd spaces (U+3000, U+00A0, zero-width,
 *   BOM, CR) folded to a plain space. Because folding never changes the length, an offset in
 *   `normal` is an offset in `original`;
 * - `compact`: `normal` without whitespace, with a map back to `normal`. Labels are matched here,
 *   so OCR spaces inside a label (`1. 属于国家秘密`, `部分公开 (区分处理的, …)`) do not matter.
 */
export interface TextView {
  readonly original: string;
  readonly normal: string;
  readonly compact: string;
  /** compact index → normal offset */
  readonly compactToNormal: Int32Array;
  /** normal offset → index of the first compact character at or after it (length + 1 entries) */
  readonly normalToCompact: Int32Array;
  readonly lineStarts: readonly number[];
}

/** A half-open range of offsets in `normal` (and so in `original`). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

function foldCodeUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // the full-width ASCII block
  if (c === 0x3000 || c === 0x00a0 || c === 0x200b || c === 0xfeff || c === 0x0d) return 0x20;
  if (c === 0x2212) return 0x2d; // minus sign → '-'
  return c;
}

export const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c;
export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The code units foldCodeUnit changes; most of a text has none, so replace() copies it in one go. */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u200b\ufeff\r\u2212]/g;
/** The code units isSpaceCode accepts. */
const SPACES = /[ \t\n\v\f]/g;

// Built with two replace() calls and one pass over char codes: a string per character, as a
// character-by-character build makes, was most of the cost of reading a template report.
export function createTextView(original: string): TextView {
  const length = original.length;
  const normal = original.replace(FOLDABLE, (c) => String.fromCharCode(foldCodeUnit(c.charCodeAt(0))));
  const compact = normal.replace(SPACES, '');
  const compactToNormal = new Int32Array(compact.length);
  const normalToCompact = new Int32Array(length + 1);
  const lineStarts = [0];
  let compactLength = 0;
  for (let i = 0; i < length; i++) {
    const c = normal.charCodeAt(i);
    normalToCompact[i] = compactLength;
    if (c === 0x0a) lineStarts.push(i + 1);
    if (!isSpaceCode(c)) compactToNormal[compactLength++] = i;
  }
  normalToCompact[length] = compactLength;
  return { original, normal, compact, compactToNormal, normalToCompact, lineStarts };
}

/** The 1-based line holding `offset`. */
export function lineOf(view: TextView, offset: number): number {
  let low = 0;
  let high = view.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (view.lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * A label pattern, matched against the compact view. Patterns are literal text with optional
 * prefixes and bounded classes only (no nested quantifiers), so a search is linear in the text.
 */
export const anchor = (source: string): RegExp => new RegExp(source, 'g');

/** The first match of `pattern` that starts in [from, to), as a span of the normal view. */
export function findAnchor(view: TextView, pattern: RegExp, from: number, to: number = view.normal.length): Span | null {
  const re = pattern.global ? pattern : new RegExp(pattern.source, 'g');
  re.lastIndex = view.normalToCompact[Math.min(Math.max(from, 0), view.normal.length)];
  const match = re.exec(view.compact);
  if (!match || match[0].length === 0) return null;
  const start = view.compactToNormal[match.index];
  if (start >= to) return null;
  return { start, end: view.compactToNormal[match.index + match[0].length - 1] + 1 };
}

/** The earliest match of any of `patterns` in [from, to). */
export function findFirstAnchor(view: TextView, patterns: readonly RegExp[], from: number, to?: number): Span | null {
  let best: Span | null = null;
  for (const pattern of patterns) {
    const found = findAnchor(view, pattern, from, best ? best.start : to);
    if (found && (!best || found.start < best.start)) best = found;
  }
  return best;
}

/** A short excerpt around an offset, for error messages. */
export function excerpt(view: TextView, start: number, end: number = start + 40): string {
  const stop = Math.min(view.original.length, end, start + 60);
  const text = view.original.slice(Math.max(0, start), stop).replace(/\s+/g, ' ').trim();
  return stop < end ? `${text}…` : text;
}
