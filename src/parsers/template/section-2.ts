import { TableParseError, type TableCell } from '../parsed-table.js';
import type { CellToken } from './cell-tokens.js';
import { sectionRows, type RowDef, type TemplateVersion } from './codes.js';
import { blankPieces, locateRows, rowCells, rowTokens, rowWhat } from './row-reader.js';
import { describe, readCells, requireOne, type CellPiece, type SplitRules, type Values } from './split-cells.js';
import { anchor, lineOf, type Span, type TextView } from './text-view.js';

/**
 * Section 二 (主动公开政府信息情况): the 第二十条 blocks, 2019 or 2021 version (formats.md §2.2).
 *
 * This table has no identity, so when a crawl has run a row's cells together
 * (`行政许可3960181`) the split rests on what such rows usually hold, and a split is taken only
 * when one reading is better than every other; otherwise the parser stops and names them:
 * - 本年新制作/本年新公开/对外公开总数量 (2019 (一)): what is made is published in the same
 *   year, so made = published is preferred, then total ≥ both. `898989` → 89|89|89, but
 *   `9999172` (9|9|99172 or 99|99|172) is reported, not guessed.
 * - 上一年项目数量/本年增/减/处理决定数量 (2019 (五)(六)(八)): the item list rarely changes, so a
 *   change of 0 is preferred, then the shortest change. `3960181` → 396|0|181, `350` → 35|0.
 *   This one can be wrong without a sign: a real change of 7 in `10373534` (103|7|3534) is read
 *   as 1|0|373534, because the run happens to hold a 0. Only 本年增/减 may be negative.
 * - 本年制发/本年废止/现行有效件数 (2021 (一)): issued ≤ in force is preferred (what is issued
 *   this year is in force), `6132` → 6|1|32.
 * - 采购项目数量/采购总金额 (2019 (九)): the amount keeps the decimals and unit; the split taken
 *   is the one whose amount per project is nearest 10^5.5 元 (about 32万元), and only when it is
 *   at least half a decade nearer than the next: `13575394432.52元` → 135 | 75394432.52元
 *   (55.8万元 a project; 13 would be 4426万元, 1357 would be 3975元). This is a judgement on
 *   typical budgets, not a fact of the text.
 * A row whose cells are all separated (pipes, tabs, spaces, lines) is never judged.
 */

const TITLE = 'section 二 (主动公开政府信息情况)';

const ROW_PATTERNS: Record<string, RegExp> = {
  rules: anchor('规章(?!制度)'),
  normative_documents: anchor('(?:行政)?规范性文件'),
  licensing: anchor('行政许可'),
  other_services: anchor('其他对外管理服务事项'),
  penalty: anchor('行政处罚'),
  coercion: anchor('行政强制'),
  fees: anchor('行政事业性收费'),
  procurement: anchor('政府集中采购'),
};

const digits = (n: number | null): number => (n === null ? 0 : String(Math.trunc(Math.abs(n))).length);
const anyNull = (v: Values) => v.some((x) => x === null);

const PREFERENCES: Record<string, SplitRules['rank']> = {
  made: (v) => (anyNull(v) ? [] : [v[0] === v[1] ? 0 : 1, v[2]! >= v[0]! && v[2]! >= v[1]! ? 0 : 1]),
  previous_items: (v) => (anyNull(v) ? [] : [v[1] === 0 ? 0 : 1, digits(v[1])]),
  issued: (v) => (anyNull(v) ? [] : [v[0]! <= v[2]! ? 0 : 1]),
};

const TYPICAL_LOG10_YUAN_PER_PROJECT = 5.5;
const REQUIRED_MARGIN_DECADES = 0.5;
const MAX_DISTANCE_DECADES = 1.5;

/** The cells of section 二, in printed order; `region` runs from the version's column header to section 三. */
export function parseProactiveSection(view: TextView, version: TemplateVersion, region: Span): TableCell[] {
  const rows = sectionRows('proactive', version);
  const located = locateRows(view, rows.map((row) => ({ row, pattern: ROW_PATTERNS[row.key] })), region, TITLE);
  return located.flatMap((loc, i) => {
    const count = loc.row.columns.length;
    const tokens = rowTokens(view, loc.segment);
    const headerFrom = i === 0 ? region.start : located[i - 1].label.end;
    const units = loc.row.columns.map((col) => (col.key === 'amount' ? (headerUnit(view, headerFrom, loc.label.start) ?? col.unit) : col.unit));
    const pieces = tokens.length === 0 ? blankPieces(loc.label.end, count) : readRow(view, loc.row, tokens, count, units.at(-1) ?? null);
    return rowCells(view, 'proactive', loc.row, pieces, units);
  });
}

function readRow(view: TextView, row: RowDef, tokens: readonly CellToken[], count: number, amountUnit: string | null): CellPiece[] {
  // Only 本年增/减 can be negative: a split that makes a count negative is no reading.
  const accepts = (v: Values) => v.every((x, i) => x === null || x >= 0 || row.columns[i].key === 'change');
  const rules: SplitRules = { what: rowWhat(TITLE, row), accepts, rank: PREFERENCES[row.columns[0].key] };
  const candidates = readCells(view, tokens, count, rules);
  if (row.key === 'procurement' && candidates.length > 1) return mostPlausibleProcurement(view, candidates, rules, amountUnit);
  return requireOne(view, candidates, rules);
}

function mostPlausibleProcurement(view: TextView, candidates: CellPiece[][], rules: SplitRules, headerUnit: string | null): CellPiece[] {
  const distance = (cells: CellPiece[]) => {
    const [projects, amount] = cells;
    if (!projects.value || amount.value === null || amount.value <= 0) return Infinity;
    const yuan = amount.value * ((amount.unit ?? headerUnit) === '万元' ? 1e4 : (amount.unit ?? headerUnit) === '亿元' ? 1e8 : 1);
    return Math.abs(Math.log10(yuan / projects.value) - TYPICAL_LOG10_YUAN_PER_PROJECT);
  };
  const ranked = candidates.map((cells) => ({ cells, distance: distance(cells) })).sort((a, b) => a.distance - b.distance);
  const [first, second] = ranked;
  if (first.distance <= MAX_DISTANCE_DECADES && second.distance - first.distance >= REQUIRED_MARGIN_DECADES) return first.cells;
  throw new TableParseError(
    `${rules.what}: the project count and the amount run together (${ranked.slice(0, 3).map((r) => describe(r.cells)).join(' or ')}) ` +
      'and no reading is clearly more plausible; check the original report',
    lineOf(view, first.cells[0].start),
  );
}

/** A unit printed in a column header, e.g. `本年收费金额（单位：万元）` or `采购总金额（元）`. */
function headerUnit(view: TextView, from: number, to: number): string | null {
  const match = /单位:?(万元|亿元|元)|\((万元|亿元|元)\)/.exec(view.compact.slice(view.normalToCompact[from], view.normalToCompact[to]));
  return match ? (match[1] ?? match[2]) : null;
}
