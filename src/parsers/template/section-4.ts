import { TableParseError, type TableCell } from '../parsed-table.js';
import { tokenize, type CellToken } from './cell-tokens.js';
import { sectionRows } from './codes.js';
import { rowCells } from './row-reader.js';
import { readCells, requireOne, type CellPiece, type SplitRules, type Values } from './split-cells.js';
import { lineOf, type Span, type TextView } from './text-view.js';

/**
 * Section 四 (政府信息公开行政复议、行政诉讼情况): fifteen cells, 行政复议 then 行政诉讼 未经复议直接起诉
 * then 复议后起诉, each 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计 (formats.md §2.4).
 *
 * The printed layouts differ only in where the header text sits: one row of 15 cells under a
 * two-level header (the template, and crawls of it such as `…尚未审结总计000000000000000`), or
 * three rows of 5, each under its own heading (OCR markdown). Either way the cells are the
 * section's numbers in order, so the header text is passed over and cells are taken run by run
 * until there are fifteen. A run-together row is split with identity 4 (总计 = 维持 + 纠正 +
 * 其他 + 尚未审结) checked on each group of five.
 */

const TITLE = 'section 四 (行政复议、行政诉讼情况)';
const GROUP = 5;
const CELLS = 15;

const groupAddsUp = (g: Values) =>
  g.every((x) => x === null || x >= 0) && (g.some((x) => x === null) || Math.abs(g[4]! - (g[0]! + g[1]! + g[2]! + g[3]!)) < 1e-6);
const completeGroupsAddUp = (v: Values) => {
  for (let end = GROUP; end <= v.length; end += GROUP) if (!groupAddsUp(v.slice(end - GROUP, end))) return false;
  return true;
};

/** The cells of section 四, in printed order; `region` runs from its heading to section 五 (or the end). */
export function parseAppealsSection(view: TextView, region: Span): TableCell[] {
  const runs = cellRuns(view, region);
  const rules: SplitRules = { what: `${TITLE}`, accepts: completeGroupsAddUp, acceptsPrefix: completeGroupsAddUp };
  const pieces = readFifteen(view, runs, rules, region);
  return sectionRows('appeals', 'TEMPLATE_2019').flatMap((group, g) => rowCells(view, 'appeals', group, pieces.slice(g * GROUP, (g + 1) * GROUP)));
}

function cellRuns(view: TextView, region: Span): CellToken[][] {
  const runs: CellToken[][] = [[]];
  for (const token of tokenize(view, region.start, region.end)) {
    if (token.kind === 'text') {
      if (runs.at(-1)!.length > 0) runs.push([]);
    } else runs.at(-1)!.push(token);
  }
  return runs.filter((run) => run.length > 0);
}

function readFifteen(view: TextView, runs: CellToken[][], rules: SplitRules, region: Span): CellPiece[] {
  if (runs.length === 0) {
    throw new TableParseError(`${TITLE}: no figures after the heading; the table is missing or the text is cut off`, lineOf(view, region.start));
  }
  // Whole runs, in order, until there are fifteen cells: what follows belongs to the prose after the table.
  const taken: CellToken[] = [];
  for (const run of runs) {
    if (taken.length >= CELLS) break;
    taken.push(...run);
  }
  if (taken.length >= CELLS) return requireOne(view, readCells(view, taken, CELLS, rules), rules);
  // Fewer than fifteen tokens: some cells ran together. Try the first run alone, then the first two, …
  let lastError: unknown = null;
  for (let r = 1; r <= runs.length; r++) {
    try {
      return requireOne(view, readCells(view, runs.slice(0, r).flat(), CELLS, rules), rules);
    } catch (error) {
      if (!(error instanceof TableParseError)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}
