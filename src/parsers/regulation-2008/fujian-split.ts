import { toHalfWidth } from './text-cells.js';

/**
 * Splitting a flattened pair of figures (`212210037`) into this year | cumulative (2122 | 10037).
 *
 * 1. Candidates: every cut where both parts are well-formed numbers (no leading zero unless the
 *    part is 0 itself) and cumulative ≥ this year (历年累计 counts since 2008 and includes this
 *    year). `03` → 0 | 3; `27` → 2 | 7; `00` → 0 | 0: most rows have one candidate.
 * 2. Identities narrow the rest, across rows and in both columns: a `sum` parent equals the sum of
 *    its children (受理总数 = Σ channels, 答复总数 = Σ reply types); an `of_which` child is at most its
 *    parent (网站公开数 ≤ 主动公开文件数). Combinations that satisfy them are kept; if none does, the
 *    report's arithmetic is wrong and the identity is not used.
 * 3. Prose anchors: the report states its figures in prose ("主动公开政府信息2122条", "历年累计…1176条").
 *    A candidate is anchored when its this-year or cumulative figure follows one of the row's keywords
 *    within a short clause. One anchored candidate is taken.
 * 4. Anything still open is an error naming the row, the digits and the candidates: no guessing.
 * Every choice is recorded with its reason.
 */

export interface SplitPair {
  thisYear: string;
  cumulative: string;
}

export interface SplitRow {
  code: string;
  parent: string | null;
  identity: 'sum' | 'of_which' | null;
  keywords: readonly string[];
  candidates: SplitPair[];
  reason: string;
}

const num = (s: string) => Number(toHalfWidth(s));
const wellFormed = (s: string) => /^(0|[1-9]\d*)(\.\d+)?$/.test(toHalfWidth(s));

export function splitCandidates(digits: string): SplitPair[] {
  const out: SplitPair[] = [];
  for (let k = 1; k < digits.length; k++) {
    const thisYear = digits.slice(0, k);
    const cumulative = digits.slice(k);
    if (wellFormed(thisYear) && wellFormed(cumulative) && num(cumulative) >= num(thisYear)) out.push({ thisYear, cumulative });
  }
  return out;
}

const MAX_COMBINATIONS = 200_000;

/** Keeps, for each row of a `sum` group, the candidates that appear in some combination satisfying parent = Σ children. */
function applySum(parent: SplitRow, children: SplitRow[]): boolean {
  const group = [parent, ...children];
  if (group.reduce((n, r) => n * r.candidates.length, 1) > MAX_COMBINATIONS) return false;
  if (group.some((r) => r.candidates.some((c) => !wellFormed(c.thisYear) || !wellFormed(c.cumulative)))) return false;
  const used = group.map(() => new Set<number>());
  const pick: number[] = [];
  const walk = (i: number, sumThis: number, sumCum: number) => {
    if (i === group.length) {
      const p = parent.candidates[pick[0]!]!;
      if (Math.abs(num(p.thisYear) - sumThis) < 1e-9 && Math.abs(num(p.cumulative) - sumCum) < 1e-9) pick.forEach((c, r) => used[r]!.add(c));
      return;
    }
    group[i]!.candidates.forEach((c, index) => {
      pick[i] = index;
      walk(i + 1, i === 0 ? 0 : sumThis + num(c.thisYear), i === 0 ? 0 : sumCum + num(c.cumulative));
    });
  };
  walk(0, 0, 0);
  if (used[0]!.size === 0) return false;
  const label = `identity ${parent.code} = Σ ${children.map((c) => c.code.split('.').pop()).join(' + ')}`;
  return group.map((row, r) => narrow(row, row.candidates.filter((_, i) => used[r]!.has(i)), label)).some(Boolean);
}

/** Keeps child candidates at most some parent candidate, and parent candidates at least some candidate of every child. */
function applyOfWhich(parent: SplitRow, children: SplitRow[]): boolean {
  const le = (a: SplitPair, b: SplitPair) =>
    wellFormed(a.thisYear) && wellFormed(b.thisYear) && num(a.thisYear) <= num(b.thisYear) && (!wellFormed(a.cumulative) || !wellFormed(b.cumulative) || num(a.cumulative) <= num(b.cumulative));
  const label = `of-which bound: each 其中 row ≤ ${parent.code}`;
  let changed = false;
  const parents = parent.candidates.filter((p) => children.every((c) => c.candidates.some((cc) => le(cc, p))));
  if (parents.length > 0) changed = narrow(parent, parents, label) || changed;
  for (const child of children) {
    const kept = child.candidates.filter((cc) => parent.candidates.some((p) => le(cc, p)));
    if (kept.length > 0) changed = narrow(child, kept, label) || changed;
  }
  return changed;
}

function narrow(row: SplitRow, kept: SplitPair[], reason: string): boolean {
  if (kept.length === row.candidates.length) return false;
  row.candidates = kept;
  if (kept.length === 1) row.reason = reason;
  return true;
}

export interface ProseAnchor {
  value: string;
  line: number;
  snippet: string;
}

/**
 * Figures the prose states right after a keyword: at most 16 characters later, no digit or sentence
 * end in between, and not a year or date (2017年) or a share (12%).
 */
export function proseAnchors(prose: string, keyword: string, lineAt: (offset: number) => number): ProseAnchor[] {
  const found: ProseAnchor[] = [];
  for (let at = prose.indexOf(keyword); at >= 0; at = prose.indexOf(keyword, at + keyword.length)) {
    let p = at + keyword.length;
    while (p < prose.length && p - at <= 16 + keyword.length && !/[0-9０-９。；;！？\n]/.test(prose[p]!)) p++;
    const m = /^[0-9０-９]+(?:[.．][0-9０-９]+)?/.exec(prose.slice(p, p + 24));
    if (!m || /^[年月日%％]/.test(prose.slice(p + m[0].length, p + m[0].length + 1))) continue;
    found.push({ value: String(num(m[0])), line: lineAt(at), snippet: prose.slice(at, p + m[0].length + 1) });
  }
  return found;
}

/** Narrows every row to one candidate, or returns the rows it could not decide. */
export function resolveSplits(rows: SplitRow[], anchorsFor: (row: SplitRow) => ProseAnchor[]): SplitRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const parent of rows.filter((r) => r.identity)) {
      const children = rows.filter((r) => r.parent === parent.code && byCode.has(r.code));
      if (children.length === 0) continue;
      changed = (parent.identity === 'sum' ? applySum(parent, children) : applyOfWhich(parent, children)) || changed;
    }
    for (const row of rows.filter((r) => r.candidates.length > 1)) {
      const anchors = anchorsFor(row);
      const anchored = row.candidates.filter((c) => anchors.some((a) => a.value === String(num(c.thisYear)) || a.value === String(num(c.cumulative))));
      if (anchored.length === 1) {
        const a = anchors.find((x) => x.value === String(num(anchored[0]!.thisYear)) || x.value === String(num(anchored[0]!.cumulative)))!;
        changed = narrow(row, anchored, `prose anchor at line ${a.line}: "${a.snippet}"`) || changed;
      }
    }
  }
  return rows.filter((r) => r.candidates.length !== 1);
}
