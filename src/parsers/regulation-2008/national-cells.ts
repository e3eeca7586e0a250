import { TableParseError } from '../parsed-table.js';
import { bracketBalance, hasOfWhichPrefix, isUnit, isValueCell, markerLevel, splitLines } from './text-cells.js';

/**
 * From lines to table cells to rows, for a table of one label column, a unit column and one value
 * column. Shapes handled, all reduced to one stream of cells:
 * - one cell per line, each led by a tab (the seed): a bare tab or tab + spaces is an empty cell,
 *   a truly empty line is layout noise (the seed has two inside row 七);
 * - a tab-separated row per line (`label\tunit\tvalue`);
 * - pipe tables (`| label | unit | value |`, separator rows skipped);
 * - space-aligned rows (`label   件   249`), split only where the line ends in a unit and/or number.
 */

export interface Cell {
  text: string;
  line: number;
}

export interface RawRow {
  label: string;
  line: number;
  unit: Cell | null;
  value: Cell | null;
  /** Cells seen after the label, empty ones included; 0 means the row stopped at its label. */
  cellCount: number;
}

const isBlankLine = (line: string) => /^[ \u3000]*$/.test(line);
const isPageNumber = (text: string) => /^[-—–]\s*\d+\s*[-—–]$/.test(text) || /^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/.test(text);

/** Splits "label   件   249" at its trailing unit/value tokens; any other line is one cell. */
function splitSpaceAligned(trimmed: string): string[] {
  const tokens: { start: number; text: string }[] = [];
  let i = 0;
  while (i < trimmed.length) {
    while (i < trimmed.length && (trimmed[i] === ' ' || trimmed[i] === '\u3000')) i++;
    const start = i;
    while (i < trimmed.length && trimmed[i] !== ' ' && trimmed[i] !== '\u3000') i++;
    if (i > start) tokens.push({ start, text: trimmed.slice(start, i) });
  }
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  if (!last || !before) return [trimmed];
  const labelUpTo = (t: { start: number }) => trimmed.slice(0, t.start).trim();
  if (isValueCell(last.text) && isUnit(before.text) && tokens.length >= 3) return [labelUpTo(before), before.text, last.text];
  if (isValueCell(last.text) || isUnit(last.text)) return [labelUpTo(last), last.text];
  return [trimmed];
}

/** The cells one line holds, trimmed ('' for an empty cell); none for a blank line. */
export function lineCells(line: string): string[] {
  if (isBlankLine(line)) return [];
  const trimmed = line.trim();
  if (isPageNumber(trimmed)) return []; // "- 7 -" at a page break; split, it would read as a label and a dash
  if (trimmed.startsWith('|') || line.split('|').length > 2) {
    if (/^[|:\-\s]+$/.test(trimmed)) return [];
    const parts = trimmed.split('|');
    if (parts[0]!.trim() === '') parts.shift();
    if (parts.length > 0 && parts.at(-1)!.trim() === '') parts.pop();
    return parts.map((p) => p.trim());
  }
  if (line.includes('\t')) {
    const parts = line.split('\t');
    if (parts[0]!.trim() === '') parts.shift(); // a leading tab is indentation, not an empty label
    return parts.map((p) => p.trim());
  }
  return splitSpaceAligned(trimmed);
}

export function textCells(text: string): Cell[] {
  const cells: Cell[] = [];
  splitLines(text).forEach((line, i) => {
    for (const cell of lineCells(line)) cells.push({ text: cell, line: i + 1 });
  });
  return cells;
}

/** Column headers, repeated at page breaks in some extractions; never rows. */
const HEADER_WORDS = new Set(['统计指标', '指标名称', '指标', '项目', '统计项目', '单位', '计量单位', '统计数', '数量', '数值', '本年度']);
/** A header printed as one cell ("统 计 指 标    单位    统计数", space-aligned). */
const WHOLE_HEADER = /^(统计指标|指标名称|指标|统计项目|项目)(计量单位|单位)(统计数|数量|数值|本年度)?$/;
export const isHeaderCell = (text: string) => {
  const compact = text.replace(/\s+/g, '');
  return HEADER_WORDS.has(compact) || WHOLE_HEADER.test(compact);
};
/** The cell that opens a header row (统计指标 / 指标名称 / 项目). */
export const opensHeader = (text: string) => isHeaderCell(text) && /^(统计指标|指标名称|指标|统计项目|项目)/.test(text.replace(/\s+/g, ''));


/** Prose, a note or a long paragraph: the table has ended. */
const endsTable = (text: string) => text.includes('。') || text.length > 80 || /^(注|说明|备注)\s*[:：]/.test(text);

/**
 * A text cell continuing the previous label (a label wrapped over two lines): it has no ordinal
 * or 其中, names no listed row on its own, and either a bracket is left open / closed across the
 * break, or only the joined label names a listed row.
 */
function continuesLabel(row: RawRow, fragment: string, isKnown: (label: string) => boolean): boolean {
  if (markerLevel(fragment) < 3 || hasOfWhichPrefix(fragment) || isKnown(fragment)) return false;
  const bracketsSpanBreak = bracketBalance(row.label) > 0 || bracketBalance(fragment) < 0;
  if (row.cellCount === 0) return bracketsSpanBreak || isKnown(row.label + fragment);
  return bracketBalance(row.label) > 0 && bracketBalance(fragment) < 0;
}

/** Groups cells into rows until the table ends (prose, a note, or the end of the text). */
export function groupRows(cells: readonly Cell[], isKnown: (label: string) => boolean): RawRow[] {
  const rows: RawRow[] = [];
  for (const cell of cells) {
    const { text } = cell;
    const kind = text === '' ? 'empty' : isUnit(text) ? 'unit' : isValueCell(text) ? 'value' : 'text';
    const current = rows.at(-1);
    if (kind === 'text') {
      if (isHeaderCell(text)) continue;
      if (endsTable(text)) break;
      if (current && continuesLabel(current, text, isKnown)) {
        current.label += text;
        continue;
      }
      rows.push({ label: text, line: cell.line, unit: null, value: null, cellCount: 0 });
      continue;
    }
    if (!current) continue;
    current.cellCount++;
    // An empty cell fills the unit column first, then the value column; units and numbers go to their own.
    const slot = kind === 'unit' || (kind === 'empty' && !current.unit && current.cellCount === 1) ? 'unit' : 'value';
    if (current[slot] === null) current[slot] = cell;
    else if (kind !== 'empty') {
      throw new TableParseError(
        `row "${current.label}" (line ${current.line}) has a second ${slot} cell "${text}"; ` +
          'the national table has one unit and one value column — is this a different table layout?',
        cell.line,
      );
    }
  }
  return rows;
}
