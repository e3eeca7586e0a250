import { TableParseError, type ParsedTable, type TableCell } from '../parsed-table.js';
import { FUJIAN_REQUIRED_ROWS, fujianCellCode, type FujianColumn } from './fujian-codes.js';
import { findFujianHeader, scanFujianRows, type ScannedRow } from './fujian-scan.js';
import { proseAnchors, resolveSplits, splitCandidates, type SplitPair, type SplitRow } from './fujian-split.js';
import { BLANK_MARKERS, lineOfOffset, lineStarts, parseCellNumber, toHalfWidth } from './text-cells.js';

/** How one row's printed figures were read into two cells, and why (see fujian-split.ts). */
export interface SplitDecision {
  code: string;
  label: string;
  line: number;
  printed: string;
  thisYear: string;
  cumulative: string;
  reason: string;
}

/** The Fujian simplified table (formats.md §3.2): two cells per row, this year and cumulative. */
export function parseFujianTable(text: string): ParsedTable {
  return parseFujianTableWithDecisions(text).table;
}

export function parseFujianTableWithDecisions(text: string): { table: ParsedTable; decisions: SplitDecision[] } {
  const starts = lineStarts(text);
  const lineAt = (offset: number) => lineOfOffset(starts, offset);
  const header = findFujianHeader(text);
  if (!header) {
    throw new TableParseError('no Fujian statistics table found: expected the header 指标名称 | 计量单位 | <year>年度 | 历年累计');
  }
  const { rows, end } = scanFujianRows(text, header, lineAt);
  assertComplete(rows, text, end, lineAt);

  const flattened = rows.filter((r) => spaceTokens(r.region).length >= 2).length <= 1;
  const splitRows = rows.map((row) => toSplitRow(row, flattened, lineAt));
  const prose = text.slice(0, header.start) + ' '.repeat(end - header.start) + text.slice(end); // same offsets, table blanked
  const undecided = resolveSplits(splitRows, (row) => row.keywords.flatMap((k) => proseAnchors(prose, k, lineAt)));
  if (undecided.length > 0) {
    const row = undecided[0]!;
    const scanned = rows[splitRows.indexOf(row)]!;
    throw new TableParseError(
      `cannot tell how the figures "${scanned.region.trim()}" of row "${scanned.label}" split into ${header.thisYearHeader} | ${header.cumulativeHeader}: ` +
        `${row.candidates.map((c) => `${c.thisYear} | ${c.cumulative}`).join(', ') || 'no split gives cumulative ≥ this year'} ` +
        'all fit the table; state the figures in separate cells or check the prose',
      lineAt(scanned.regionStart),
    );
  }

  const cells: TableCell[] = [];
  const decisions: SplitDecision[] = [];
  const present = new Set(rows.map((r) => r.spec.code));
  rows.forEach((row, i) => {
    const pair = splitRows[i]!.candidates[0]!;
    const line = lineAt(row.regionStart + Math.max(0, row.region.search(/\S/)));
    const columns: [FujianColumn, string, string][] = [['this_year', header.thisYearHeader, pair.thisYear], ['cumulative', header.cumulativeHeader, pair.cumulative]];
    for (const [column, heading, raw] of columns) {
      const parent = row.spec.parent && present.has(row.spec.parent) ? fujianCellCode(row.spec.parent, column) : null;
      cells.push({ code: fujianCellCode(row.spec.code, column), label: `${row.label}（${heading}）`, unit: row.unit, value: parseCellNumber(raw), raw, parent, line });
    }
    decisions.push({ code: row.spec.code, label: row.label, line, printed: row.region.trim(), ...pair, reason: splitRows[i]!.reason });
  });
  return { table: { format: 'REGULATION_2008', tableVariant: 'FUJIAN_SIMPLIFIED', title: findTitle(text, header.start), cells }, decisions };
}

const spaceTokens = (region: string) => region.trim().split(/[ \u3000]+/).filter((t) => t !== '');

/** The printed cells of a row's figures: separate cells when the text separates them, otherwise the split candidates. */
function toSplitRow(row: ScannedRow, flattened: boolean, lineAt: (offset: number) => number): SplitRow {
  const base = { code: row.spec.code, parent: row.spec.parent, identity: row.spec.identity, keywords: row.spec.keywords };
  const given = (pair: SplitPair): SplitRow => ({ ...base, candidates: [pair], reason: 'printed as separate cells' });
  if (/[\t|\r\n]/.test(row.region)) {
    // Cells are separated: two figures are the two columns (blank lines between them are layout);
    // a lone figure's position says its column, unless it has a leading zero ("03"), which only a
    // flattened pair has.
    const pieces = row.region.split(/\r?\n|\r|\t|\|/).map((p) => p.trim());
    const filled = pieces.filter((p) => p !== '');
    if (filled.length !== 1) return given({ thisYear: filled[0] ?? '', cumulative: filled[1] ?? '' });
    if (/^[0０][0-9０-９]/.test(filled[0]!)) return splitOne(base, filled[0]!, row, lineAt);
    if (pieces[0] === '') pieces.shift();
    return given({ thisYear: pieces[0] ?? '', cumulative: pieces[1] ?? '' });
  }
  const tokens = spaceTokens(row.region);
  if (tokens.length === 0) return given({ thisYear: '', cumulative: '' });
  if (tokens.length >= 2 && !flattened) return given({ thisYear: tokens[0]!, cumulative: tokens[1]! });
  return splitOne(base, tokens[0]!, row, lineAt);
}

function splitOne(base: Omit<SplitRow, 'candidates' | 'reason'>, printed: string, row: ScannedRow, lineAt: (offset: number) => number): SplitRow {
  if (BLANK_MARKERS.has(printed) || !/^[0-9０-９.．]+$/.test(printed)) {
    throw new TableParseError(`row "${row.label}" prints "${printed}" where two figures (this year, cumulative) are expected`, lineAt(row.regionStart));
  }
  const candidates = splitCandidates(printed);
  const reason = candidates.length === 1 ? 'the only split with no leading zero and cumulative ≥ this year' : '';
  if (candidates.length === 0) {
    throw new TableParseError(
      `row "${row.label}" prints "${printed}", which splits into no this-year | cumulative pair with cumulative ≥ this year (${toHalfWidth(printed).length} digits)`,
      lineAt(row.regionStart),
    );
  }
  return { ...base, candidates, reason };
}

/** Required rows present, and the last row not cut off at its label. */
function assertComplete(rows: readonly ScannedRow[], text: string, end: number, lineAt: (offset: number) => number): void {
  const seen = new Map<string, ScannedRow>();
  for (const row of rows) {
    const earlier = seen.get(row.spec.code);
    if (earlier) throw new TableParseError(`row "${row.label}" repeats row "${earlier.label}" (both ${row.spec.code}); is the table printed twice?`, lineAt(row.labelStart));
    seen.set(row.spec.code, row);
  }
  const last = rows.at(-1)!;
  const cutOff = text.slice(end).trim() === '' && last.region.trim() === '' && last.unit === null;
  const missing = FUJIAN_REQUIRED_ROWS.filter((code) => !seen.has(code));
  if (missing.length > 0 || cutOff) {
    throw new TableParseError(
      `the Fujian table stops after row "${last.label}"${missing.length ? `; rows ${missing.join(', ')} are missing` : ' without its figures'} — the text looks truncated`,
      lineAt(last.labelStart),
    );
  }
}

/** The heading just before the header ("六、政府信息公开情况统计表", "六、附表"), without its ordinal; null if it is not a table heading. */
function findTitle(text: string, headerStart: number): string | null {
  const before = text.slice(Math.max(0, headerStart - 60), headerStart).trimEnd();
  const clause = before.split(/[。；;\n]/).pop()!.trim();
  const heading = clause.replace(/^.*?[一二三四五六七八九十]{1,3}、/, '').replace(/^附件\s*\d*[:：]?\s*/, '').trim();
  return heading.endsWith('表') && heading.length <= 40 ? heading : null;
}
