import { isDigitCode, isSpaceCode, type TextView } from './text-view.js';

/**
 * Cutting the text after a row label into cell tokens. One tokenizer serves every text shape:
 *
 * - pipe tables (`| 规章 | 0 | 0 | 0 |`): a line with `|` is cut at the pipes; an empty field
 *   between two pipes is a blank cell; a `|---|` rule line is skipped;
 * - tab-separated lines: cut at tabs; an empty inner field is a blank cell, an empty last field
 *   (a trailing tab) is a blank cell only if the row needs it (`soft`);
 * - space-separated cells and one cell per line: whitespace and line breaks separate cells;
 * - cells run together (`规章000`, `行政许可3960181`): a number ends where its digits end, so
 *   `0000000三、本年度办理结果` is a number and then text; a run of digits that holds several
 *   cells stays one token here and is split later (split-cells.ts), by count and identities.
 *
 * A value token is a number (sign, thousands commas, decimals) with an optional unit
 * (万元/亿元/元/件) and an optional note in brackets (`22（其中修订16件）`). `/`, dashes, `无` and a
 * literal `&nbsp;` are blank markers. Anything else is text; in a delimited field text takes
 * the whole field (so the header `数据1` is not a 1), in free text it stops at a digit or space.
 */

export interface ValueToken {
  readonly kind: 'value';
  readonly start: number;
  readonly end: number;
  readonly sign: '' | '-' | '+';
  /** where the integer digits are (thousands commas included): [intStart, intEnd) */
  readonly intStart: number;
  readonly intEnd: number;
  readonly grouped: boolean;
  /** the decimal part including its point, '' if none */
  readonly fraction: string;
  readonly unit: string | null;
  /** `22（其中修订16件）`: the note's count is part of the cell's, so the cell is at least 16 */
  readonly noteMinimum: number | null;
  /** true when the token filled a pipe/tab field alone: a delimited cell is never split */
  readonly delimited: boolean;
}

export interface BlankToken {
  readonly kind: 'blank';
  readonly start: number;
  readonly end: number;
  /** '/' or '—' as printed; '' for an empty cell or &nbsp; */
  readonly printed: string;
  /** a trailing empty tab field: counted only when the row is short of cells */
  readonly soft: boolean;
}

export interface TextToken {
  readonly kind: 'text';
  readonly start: number;
  readonly end: number;
}

export type CellToken = ValueToken | BlankToken;
export type Token = CellToken | TextToken;

const UNITS = ['万元', '亿元', '元', '件'];
const DASHES = '-—–―─';
const NOTE_MAX = 80;
const ENUMERATOR = /^\((?:[一二三四五六七八九十]+|\d{1,2})\)$/;

/** Tokens of [start, end), line by line. */
export function tokenize(view: TextView, start: number, end: number): Token[] {
  const out: Token[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const newline = view.normal.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    tokenizeLine(view, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

const isRuleLine = (line: string): boolean => line.includes('|') && line.includes('--') && /^[\s|:-]+$/.test(line);

function tokenizeLine(view: TextView, from: number, to: number, out: Token[]): void {
  const line = view.normal.slice(from, to);
  if (isRuleLine(line)) return;
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (separator === null) return scanFree(view, from, to, out);
  const fields: { start: number; end: number }[] = [];
  let fieldStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || view.normal[i] === separator) {
      fields.push({ start: fieldStart, end: i });
      fieldStart = i + 1;
    }
  }
  fields.forEach((field, index) => {
    if (view.normal.slice(field.start, field.end).trim() === '') {
      // The text before a leading pipe/tab and after a closing pipe is no cell; an empty field between two separators is.
      const last = index === fields.length - 1;
      if (index === 0 || (last && separator === '|')) return;
      out.push({ kind: 'blank', start: field.start, end: field.start, printed: '', soft: last });
      return;
    }
    scanField(view, field.start, field.end, out);
  });
}

function scanField(view: TextView, from: number, to: number, out: Token[]): void {
  let first = from;
  while (first < to && isSpaceCode(view.normal.charCodeAt(first))) first++;
  if (!startsCell(view.normal, first, to)) {
    out.push({ kind: 'text', start: first, end: trimEnd(view.normal, first, to) });
    return;
  }
  const before = out.length;
  scanFree(view, from, to, out);
  const added = out.slice(before);
  if (added.length === 1 && added[0].kind === 'value') out[before] = { ...added[0], delimited: true };
}

const trimEnd = (s: string, from: number, to: number): number => {
  while (to > from && isSpaceCode(s.charCodeAt(to - 1))) to--;
  return to;
};

const startsCell = (s: string, i: number, to: number): boolean => valueAt(s, i, to) !== null || blankAt(s, i, to) !== null;

function scanFree(view: TextView, from: number, to: number, out: Token[]): void {
  const s = view.normal;
  let i = from;
  while (i < to) {
    if (isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const token = valueAt(s, i, to) ?? blankAt(s, i, to) ?? textAt(s, i, to);
    out.push(token);
    i = token.end;
  }
}

function valueAt(s: string, i: number, to: number): ValueToken | null {
  let p = i;
  let sign: ValueToken['sign'] = '';
  if ((s[p] === '-' || s[p] === '+') && p + 1 < to && isDigitCode(s.charCodeAt(p + 1))) sign = s[p++] as '-' | '+';
  if (p >= to || !isDigitCode(s.charCodeAt(p))) return null;
  const intStart = p;
  while (p < to && isDigitCode(s.charCodeAt(p))) p++;
  let grouped = false;
  // Thousands commas: 1,234,567 (one to three digits, then groups of exactly three).
  if (p - intStart <= 3) {
    while (s[p] === ',' && p + 4 <= to && /^\d{3}$/.test(s.slice(p + 1, p + 4)) && !isDigitCode(s.charCodeAt(p + 4))) {
      grouped = true;
      p += 4;
    }
  }
  const intEnd = p;
  let fraction = '';
  if (s[p] === '.' && p + 1 < to && isDigitCode(s.charCodeAt(p + 1))) {
    const dot = p++;
    while (p < to && isDigitCode(s.charCodeAt(p))) p++;
    fraction = s.slice(dot, p);
  }
  let unit: string | null = null;
  let noteMinimum: number | null = null;
  let q = skipInlineSpace(s, p, to);
  const printedUnit = UNITS.find((u) => s.startsWith(u, q) && q + u.length <= to);
  if (printedUnit) {
    unit = printedUnit;
    p = q + printedUnit.length;
  }
  q = skipInlineSpace(s, p, to);
  const close = s[q] === '(' ? closingBracket(s, q, to, NOTE_MAX) : -1;
  if (close !== -1) {
    const note = s.slice(q, close + 1);
    // `(三)` or `(1)` after a number opens the next row's label (`22（三）不予公开…`); it is no note.
    if (!/[\n|]/.test(note) && !ENUMERATOR.test(note)) {
      p = close + 1;
      const part = /(?:其中|含)\D{0,12}?(\d+)/.exec(note);
      noteMinimum = part ? Number(part[1]) : null;
    }
  }
  return { kind: 'value', start: i, end: p, sign, intStart, intEnd, grouped, fraction, unit, noteMinimum, delimited: false };
}

function skipInlineSpace(s: string, p: number, to: number): number {
  while (p < to && (s[p] === ' ' || s[p] === '\t')) p++;
  return p;
}

function blankAt(s: string, i: number, to: number): BlankToken | null {
  if (s.startsWith('&nbsp;', i)) return { kind: 'blank', start: i, end: i + 6, printed: '', soft: false };
  if (s[i] === '/') return { kind: 'blank', start: i, end: i + 1, printed: '/', soft: false };
  if (DASHES.includes(s[i])) {
    // A run of dashes (`——`) is one printed blank; run-together blank dashes cannot be counted.
    let p = i;
    while (p < to && DASHES.includes(s[p])) p++;
    return { kind: 'blank', start: i, end: p, printed: s.slice(i, p), soft: false };
  }
  if (s[i] === '无' && (i + 1 >= to || isSpaceCode(s.charCodeAt(i + 1)) || s[i + 1] === '|')) {
    return { kind: 'blank', start: i, end: i + 1, printed: '无', soft: false };
  }
  return null;
}

/** Text up to the next space or digit; a bracketed part is skipped whole, digits and all. */
function textAt(s: string, i: number, to: number): TextToken {
  let p = i;
  while (p < to) {
    const c = s.charCodeAt(p);
    if (p > i && (isSpaceCode(c) || isDigitCode(c))) break;
    const close = s[p] === '(' ? closingBracket(s, p, to, 200) : -1;
    p = close === -1 ? p + 1 : close + 1;
  }
  return { kind: 'text', start: i, end: p };
}

/** The `)` closing the bracket at `open`, looked for only `limit` characters ahead, so no scan runs to the end of a long text. */
function closingBracket(s: string, open: number, to: number, limit: number): number {
  const stop = Math.min(to, open + limit + 1);
  for (let p = open + 1; p < stop; p++) if (s[p] === ')') return p;
  return -1;
}
