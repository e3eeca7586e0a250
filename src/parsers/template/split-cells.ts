import { TableParseError } from '../parsed-table.js';
import type { CellToken, ValueToken } from './cell-tokens.js';
import { excerpt, lineOf, type TextView } from './text-view.js';

/**
 * Turning a row's cell tokens into exactly the template's number of cells.
 *
 * When the tokens already number as many as the columns, each token is a cell and nothing is
 * judged (a row that breaks an identity is data, not a parse error). When there are fewer, some
 * tokens are runs of digits from cells printed with no separator (`行政许可3960181`). The only
 * way to split them is to try every split and keep those that
 *   1. give every cell a number without a leading zero (`0` is fine, `023` is not: a printed
 *      cell never has one), with the decimals, unit and note of a run kept on its last cell,
 *      and that cell at least the count its note names (`22（其中修订16件）` is not `2（…16件）`);
 *   2. pass the row's hard checks (`accepts`, `acceptsPrefix`): the table's identities, e.g.
 *      总计 = the six applicant cells, or 总计 = 维持 + 纠正 + 其他 + 尚未审结;
 *   3. rank best under the row's stated preferences (`rank`), where a table has no identity
 *      (section 二; see section-2.ts for what is preferred there and why).
 * What is left may still be more than one split: callers either resolve it with more of the
 * table (section 三 uses its column identities) or report it, naming the line and the splits.
 * Cells delimited by pipes or tabs are never split. The search is capped, so it cannot hang.
 */

export interface CellPiece {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly raw: string;
  readonly unit: string | null;
}

export type Values = readonly (number | null)[];

export interface SplitRules {
  /** what the row is, for messages, e.g. 「行政许可」 */
  readonly what: string;
  readonly accepts?: (values: Values) => boolean;
  /** checked on every prefix of a candidate, so long runs are pruned early */
  readonly acceptsPrefix?: (values: Values) => boolean;
  /** lower is better, compared element by element */
  readonly rank?: (values: Values) => readonly number[];
}

const SEARCH_LIMIT = 200_000;
const cells = (n: number) => (n === 1 ? '1 cell' : `${n} cells`);
const MAX_DIGITS_PER_CELL = 15;

/** Every best way to read `tokens` as `count` cells (one way unless digits had to be split). */
export function readCells(view: TextView, tokens: readonly CellToken[], count: number, rules: SplitRules): CellPiece[][] {
  let usable = [...tokens];
  while (usable.length > count && usable.at(-1)?.kind === 'blank' && (usable.at(-1) as { soft: boolean }).soft) usable.pop();
  if (usable.length > count) usable = usable.filter((t) => t.kind !== 'blank' || !t.soft);
  if (usable.length > count) {
    throw new TableParseError(
      `${rules.what} has ${cells(usable.length)} where the template has ${count} (${excerpt(view, usable[0].start, usable.at(-1)!.end)})`,
      lineOf(view, usable[0].start),
    );
  }
  if (usable.length === count) return [usable.map((t) => wholePiece(view, t))];
  const found = enumerateSplits(view, usable, count, rules);
  if (found.length === 0) {
    throw new TableParseError(
      `${rules.what} has ${cells(usable.length)} (${excerpt(view, usable[0]?.start ?? 0, usable.at(-1)?.end)}) where the template has ${count}, ` +
        'and no split of its runs of digits gives that many cells that fit the table’s identities; the row is cut short or misprinted',
      usable.length ? lineOf(view, usable[0].start) : null,
    );
  }
  return best(found, rules);
}

/** The single reading, or an error that names the competing ones. */
export function requireOne(view: TextView, candidates: CellPiece[][], rules: SplitRules): CellPiece[] {
  if (candidates.length === 1) return candidates[0];
  const shown = candidates.slice(0, 4).map(describe).join(' or ');
  throw new TableParseError(
    `${rules.what}: the digits run together with no separator and can be read as ${shown}${candidates.length > 4 ? ' or more' : ''}; ` +
      'nothing in the text decides which, so check the original report',
    lineOf(view, candidates[0][0].start),
  );
}

export const describe = (cells: readonly CellPiece[]): string => cells.map((c) => c.raw || '∅').join('|');

function wholePiece(view: TextView, token: CellToken): CellPiece {
  if (token.kind === 'blank') {
    return { start: token.start, end: token.end, value: null, raw: token.printed ? view.original.slice(token.start, token.end) : '', unit: null };
  }
  return piece(view, token, token.intStart, token.intEnd);
}

function piece(view: TextView, token: ValueToken, from: number, to: number): CellPiece {
  const start = from === token.intStart ? token.start : from;
  const end = to === token.intEnd ? token.end : to;
  const unit = to === token.intEnd ? token.unit : null;
  return { start, end, value: numberOf(token, view.normal, from, to), raw: view.original.slice(start, end), unit };
}

const splittable = (token: CellToken): token is ValueToken => token.kind === 'value' && !token.delimited && !token.grouped;

function enumerateSplits(view: TextView, tokens: readonly CellToken[], count: number, rules: SplitRules): CellPiece[][] {
  const found: CellPiece[][] = [];
  const stack: CellPiece[] = [];
  const values: (number | null)[] = [];
  let steps = 0;
  const push = (p: CellPiece) => (stack.push(p), values.push(p.value));
  const pop = () => (stack.pop(), values.pop());
  const prefixOk = () => !rules.acceptsPrefix || rules.acceptsPrefix(values);

  const step = () => {
    if (++steps > SEARCH_LIMIT) {
      throw new TableParseError(`${rules.what}: too many ways to split the run of digits ${excerpt(view, tokens[0].start)} into ${count} cells`, lineOf(view, tokens[0].start));
    }
  };

  const walk = (ti: number): void => {
    step();
    if (stack.length + (tokens.length - ti) > count) return;
    if (ti === tokens.length) {
      if (stack.length === count && (!rules.accepts || rules.accepts(values))) found.push([...stack]);
      return;
    }
    const token = tokens[ti];
    if (!splittable(token)) {
      push(wholePiece(view, token));
      if (prefixOk()) walk(ti + 1);
      pop();
      return;
    }
    cut(ti, token, token.intStart);
  };

  // Choose where the piece starting at digit `from` of `token` ends, then go on.
  const cut = (ti: number, token: ValueToken, from: number): void => {
    step();
    const piecesLeft = count - stack.length - (tokens.length - ti - 1);
    for (let to = from + 1; to <= token.intEnd; to++) {
      const last = to === token.intEnd;
      if (to - from > 1 && view.normal[from] === '0') break;
      if (to - from > MAX_DIGITS_PER_CELL) break;
      if (!last && piecesLeft <= 1) continue;
      const next = piece(view, token, from, to);
      if (last && token.noteMinimum !== null && (next.value ?? 0) < token.noteMinimum) continue;
      push(next);
      if (prefixOk()) {
        if (last) walk(ti + 1);
        else cut(ti, token, to);
      }
      pop();
    }
  };

  walk(0);
  return found;
}

function best(candidates: CellPiece[][], rules: SplitRules): CellPiece[][] {
  if (!rules.rank || candidates.length < 2) return candidates;
  const ranked = candidates.map((cells) => ({ cells, rank: rules.rank!(cells.map((c) => c.value)) }));
  const compare = (a: readonly number[], b: readonly number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  ranked.sort((a, b) => compare(a.rank, b.rank));
  return ranked.filter((r) => compare(r.rank, ranked[0].rank) === 0).map((r) => r.cells);
}

/** The number a value token prints, or that part of its digits prints when it is split. */
function numberOf(token: ValueToken, s: string, digitsFrom = token.intStart, digitsTo = token.intEnd): number {
  const digits = s.slice(digitsFrom, digitsTo).replace(/,/g, '');
  const withFraction = digitsTo === token.intEnd ? digits + token.fraction : digits;
  const n = Number(withFraction);
  return token.sign === '-' && digitsFrom === token.intStart ? -n : n;
}
