/**
 * Character-level helpers shared by the 2008-regulation table parsers. Every function here is
 * linear in its input: report texts can hold one very long line (crawled pages), so no regular
 * expression below can backtrack over more than a few characters.
 */

/** Full-width ASCII (１２（）：．) and the ideographic space mapped to ASCII, one code unit for one, so offsets stay valid. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

export const isDigitChar = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９'));

/** Units printed in the 单位/计量单位 column of 2008-era tables. */
export const UNITS: ReadonlySet<string> = new Set([
  '条', '件', '次', '篇', '个', '期', '份', '人', '人次', '万元', '元', '千元', '项', '家', '场', '所', '处', '批', '本', '册',
  '件次', '期次', '个次', '份次', '部', '套', '台', '天', '%',
]);

/** What a blank statistics cell is printed as; such a cell keeps its raw text and has value null. */
export const BLANK_MARKERS: ReadonlySet<string> = new Set(['/', '／', '\\', '—', '——', '－', '-', '--', '–', '无', '…', '...', '空']);

export function isUnit(text: string): boolean {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const bare = t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t;
  return UNITS.has(bare);
}

/** The number a cell holds, or null when it is blank, a dash, or anything but a plain number. 0 stays 0. */
export function parseCellNumber(raw: string): number | null {
  const s = toHalfWidth(raw).replace(/\s+/g, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

/**
 * A value cell: a number, a number with a short note or unit (kept as raw, value null), or a
 * blank marker. Ordinal labels ("1.当面申请数") and dates ("2018年3月") are text, not values.
 */
export function isValueCell(text: string): boolean {
  if (BLANK_MARKERS.has(text)) return true;
  const t = toHalfWidth(text);
  if (!/^-?\d/.test(t)) return false;
  if (/^\d{1,2}[.、]\s*[^\d\s]/.test(t) || /^\d{1,2}\)/.test(t)) return false;
  return /^-?\d[\d,.]*(%|\s*\(.*\)|\s*[\u4e00-\u9fff]{1,2})?$/.test(t);
}

/** Layout level of a printed label: 0 一、 1 （一） 2 1. / （1） 3 其中： or unmarked. */
export function markerLevel(label: string): 0 | 1 | 2 | 3 {
  const t = toHalfWidth(label).trim();
  if (/^[一二三四五六七八九十]{1,3}[、.]/.test(t)) return 0;
  if (/^\([一二三四五六七八九十]{1,3}\)/.test(t)) return 1;
  if (/^(\d{1,2}[.、]|\(\d{1,2}\)|[①-⑳])/.test(t)) return 2;
  return 3;
}

export const hasOfWhichPrefix = (label: string): boolean => /^其中[:：]?/.test(label.trim());

const LEADING_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|\(\d{1,2}\)|[①-⑳])/;

/**
 * Drops parenthesised notes. A note whose opening bracket was lost (a label wrapped onto a second
 * line and the extraction dropped characters, as in the seed's 专项经费 row) shows up as a
 * stray closing bracket: everything from the previous note on is then note text too.
 */
function stripNotes(s: string): string {
  let out = '';
  let depth = 0;
  let lastNoteAt = -1;
  for (const ch of s) {
    if (ch === '(') {
      if (depth === 0) lastNoteAt = out.length;
      depth++;
    } else if (ch === ')') {
      if (depth > 0) depth--;
      else if (lastNoteAt >= 0) out = out.slice(0, lastNoteAt);
    } else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * The key a printed row label is looked up by: half-width, no whitespace, no ordinal marker, no
 * 其中：, no notes in brackets, no quotes, 其它 read as 其他. Two printings of the same row give one key.
 */
export function normaliseLabel(label: string): string {
  let s = toHalfWidth(label).replace(/\s+/g, '').replace(/[“”"‘’']/g, '');
  for (let pass = 0; pass < 2; pass++) s = s.replace(/^其中:?/, '').replace(LEADING_MARKER, '');
  return stripNotes(s).replace(/其它/g, '其他').replace(/[:：]+$/, '');
}

/** Opening minus closing brackets (either width): > 0 when a note is still open. */
export function bracketBalance(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '（') n++;
    else if (ch === ')' || ch === '）') n--;
  }
  return n;
}

/** Lines of the text, whatever the line ending; index i is line i + 1. */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** The 1-based line of a character offset, from precomputed line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

export function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
