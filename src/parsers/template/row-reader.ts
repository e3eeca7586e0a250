import { TableParseError, type TableCell } from '../parsed-table.js';
import { tokenize, type CellToken, type Token } from './cell-tokens.js';
import { cellCode, cellLabel, parentCode, type RowDef, type SectionName } from './codes.js';
import type { CellPiece } from './split-cells.js';
import { findAnchor, lineOf, type Span, type TextView } from './text-view.js';

/**
 * Finding a table's rows by their labels and the cells that belong to each.
 *
 * Labels are looked for in order, each after the one before, so a label that also appears in
 * prose, in a heading, or in a repeated header row is taken where the row sequence puts it. A
 * row's text runs from the end of its label to the start of the next row's label. In it, the
 * row's cells are the first run of cell tokens that holds a number (or, failing that, the first
 * run of blanks): headings, repeated labels and header rows (`| 类别 | 数据1 | … | 总计 |`) before
 * the cells are text and are passed over, and text after them (a group label such as
 * `三、本年度办理结果`, an OCR'd stray header) ends the run. A label with no cells after it at
 * all is a row printed empty: its cells are blank.
 */

export interface RowPattern {
  readonly row: RowDef;
  /** matched against the compact view; see the patterns in the section files */
  readonly pattern: RegExp;
}

export interface LocatedRow {
  readonly row: RowDef;
  readonly label: Span;
  /** from the end of the label to the next label (or the end of the section) */
  readonly segment: Span;
}

export function locateRows(view: TextView, patterns: readonly RowPattern[], region: Span, sectionTitle: string): LocatedRow[] {
  const labels: Span[] = [];
  let cursor = region.start;
  for (const [index, { row, pattern }] of patterns.entries()) {
    const found = findAnchor(view, pattern, cursor, region.end);
    if (!found) {
      const previous = labels.at(-1);
      const where = previous ? `after line ${lineOf(view, previous.start)} (the row 「${patterns[index - 1].row.label}」)` : `in ${sectionTitle}`;
      throw new TableParseError(
        `${sectionTitle}: the row 「${row.label}」 is not in the text ${where}; the table looks cut off, or the row is worded in a way this parser does not know`,
        lineOf(view, previous?.start ?? region.start),
      );
    }
    labels.push(found);
    cursor = found.end;
  }
  return patterns.map(({ row }, i) => ({ row, label: labels[i], segment: { start: labels[i].end, end: labels[i + 1]?.start ?? region.end } }));
}

/** The cell tokens of a row's text (see above). */
export function rowTokens(view: TextView, segment: Span): CellToken[] {
  return firstCellRun(tokenize(view, segment.start, segment.end));
}

export function firstCellRun(tokens: readonly Token[]): CellToken[] {
  const runs: CellToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (runs.at(-1)!.length > 0) runs.push([]);
    } else runs.at(-1)!.push(token);
  }
  return runs.find((run) => run.some((t) => t.kind === 'value')) ?? runs.find((run) => run.length > 0) ?? [];
}

/** Blank cells for a label printed with nothing after it. */
export function blankPieces(at: number, count: number): CellPiece[] {
  return Array.from({ length: count }, () => ({ start: at, end: at, value: null, raw: '', unit: null }));
}

/** Table cells of one row from its pieces, one per column. */
export function rowCells(view: TextView, section: SectionName, row: RowDef, pieces: readonly CellPiece[], columnUnits?: readonly (string | null)[]): TableCell[] {
  return row.columns.map((col, i) => {
    const piece = pieces[i];
    return {
      code: cellCode(section, row.key, col.key),
      label: cellLabel(row, col),
      unit: piece.unit ?? columnUnits?.[i] ?? col.unit,
      value: piece.value,
      raw: piece.raw,
      parent: parentCode(section, row.key, col.key),
      line: lineOf(view, piece.start),
    };
  });
}

/** A row named for messages: `section 二 row 「行政许可」`. */
export const rowWhat = (sectionTitle: string, row: RowDef): string => `${sectionTitle} row 「${row.label}」`;
