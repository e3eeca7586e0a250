import { TableParseError, type ParsedTable, type TableCell } from '../parsed-table.js';
import {
  NATIONAL_GROUP_CODES,
  NATIONAL_SECTIONS,
  isNationalLabel,
  nationalRowFor,
  nationalSectionFor,
  type NationalSectionSpec,
} from './national-codes.js';
import { groupRows, opensHeader, textCells, type Cell, type RawRow } from './national-cells.js';
import { hasOfWhichPrefix, markerLevel, parseCellNumber, splitLines } from './text-cells.js';

/**
 * The national 《政府信息公开情况统计表》 (13 sections, one value column) read into cells coded by
 * national-codes.ts. `line` is the line where the row's label starts — the seed's convention,
 * and the same line as the value whenever a row is printed on one line.
 */
export function parseNationalTable(text: string): ParsedTable {
  const cells = textCells(text);
  const start = findTableStart(cells);
  if (start === null) {
    throw new TableParseError(
      'no national statistics table found: expected a row "一、主动公开情况" (or another of its 13 section headings) ' +
        'followed by the rows of that section, after a 统计指标 | 单位 | 统计数 header',
    );
  }
  const rows = groupRows(cells.slice(start), isNationalLabel);
  const coded = codeRows(rows);
  assertComplete(coded, textEndsAfter(cells, coded.at(-1)?.raw));
  return {
    format: 'REGULATION_2008',
    tableVariant: 'NATIONAL_2014',
    title: findTitle(splitLines(text), cells[start]!.line),
    cells: coded.map((c) => c.cell),
  };
}

/** Index of the first section heading that opens the table: after the header if there is one, and followed by a row of its section. */
function findTableStart(cells: readonly Cell[]): number | null {
  const header = cells.findIndex((c, i) => opensHeader(c.text) && (/单位/.test(c.text) || cells.slice(i + 1, i + 3).some((n) => /单位/.test(n.text))));
  for (let i = Math.max(header, 0); i < cells.length; i++) {
    const section = nationalSectionFor(cells[i]!.text);
    if (!section) continue;
    if (header >= 0) return i;
    const next = cells.slice(i + 1, i + 6).find((c) => c.text !== '' && !/^\S{1,2}$/.test(c.text) && !/^\d/.test(c.text));
    if (next && nationalRowFor(section.code, next.text)) return i;
  }
  return null;
}

/** The line holding 统计表 just above the table, if any. */
function findTitle(lines: readonly string[], tableLine: number): string | null {
  for (let n = tableLine - 1; n >= Math.max(1, tableLine - 8); n--) {
    const line = lines[n - 1]!.trim();
    if (/统计表|统计报表|情况表/.test(line) && line.length <= 60) return line;
  }
  return null;
}

interface CodedRow {
  cell: TableCell;
  raw: RawRow;
  section: NationalSectionSpec | null;
  listed: boolean;
}

/** Gives every row its code: listed rows by label within their section, added rows by the unlisted rule. */
function codeRows(rows: readonly RawRow[]): CodedRow[] {
  const coded: CodedRow[] = [];
  const seen = new Map<string, number>();
  const unlistedCount = new Map<string, number>();
  const layout: { level: number; code: string }[] = [];
  let section: NationalSectionSpec | null = null;

  for (const raw of rows) {
    const level = hasOfWhichPrefix(raw.label) ? 3 : markerLevel(raw.label);
    const opens = nationalSectionFor(raw.label);
    const listed = opens ?? (section ? nationalRowFor(section.code, raw.label) : undefined);
    const hasData = Boolean(raw.unit?.text || raw.value?.text);
    // An unmarked, unlisted row with no figure after the table has begun is the text after it (a signature, a date).
    if (!listed && level === 3 && !hasOfWhichPrefix(raw.label) && !hasData && coded.length > 0) break;

    const layoutLevel = opens ? 0 : level;
    while (layout.length > 0 && layout.at(-1)!.level >= layoutLevel) layout.pop();
    const layoutParent = layout.at(-1)?.code ?? null;
    let code: string;
    if (listed) {
      code = listed.code;
    } else {
      const n = (unlistedCount.get(layoutParent ?? '') ?? 0) + 1;
      unlistedCount.set(layoutParent ?? '', n);
      code = layoutParent ? `${layoutParent}.unlisted_${letters(n)}` : `unlisted_${letters(n)}`;
    }
    if (opens) section = opens;
    else if (level === 0 && !listed) section = null;

    const earlier = seen.get(code);
    if (earlier !== undefined) {
      throw new TableParseError(`row "${raw.label}" repeats the row at line ${earlier} (both read as ${code}); is the table printed twice?`, raw.line);
    }
    seen.set(code, raw.line);
    layout.push({ level: layoutLevel, code });

    const parent = listed ? nearestEmittedAncestor(code, seen) : layoutParent;
    const rawValue = raw.value?.text ?? '';
    coded.push({
      raw,
      section: opens ?? section,
      listed: Boolean(listed),
      cell: { code, label: raw.label, unit: raw.unit?.text || null, value: parseCellNumber(rawValue), raw: rawValue, parent, line: raw.line },
    });
  }
  // Headings of the text after the table (no figure, not listed) are not table rows.
  while (coded.length > 0 && !coded.at(-1)!.listed && !coded.at(-1)!.cell.unit && coded.at(-1)!.cell.raw === '') coded.pop();
  return coded;
}

/** a, b, …, z, aa, ab, … (codes allow letters and underscores only). */
function letters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return s;
}

function nearestEmittedAncestor(code: string, seen: ReadonlyMap<string, number>): string | null {
  for (let cut = code.lastIndexOf('.'); cut > 0; cut = code.lastIndexOf('.', cut - 1)) {
    const candidate = code.slice(0, cut);
    if (seen.has(candidate)) return candidate;
  }
  return null;
}

/** Whether nothing but blank cells follows the row: the text ends with the table. */
function textEndsAfter(cells: readonly Cell[], row: RawRow | undefined): boolean {
  if (!row) return true;
  const lastLine = Math.max(row.line, row.unit?.line ?? 0, row.value?.line ?? 0);
  return cells.every((c) => c.line <= lastLine || c.text === '');
}

/**
 * A table that stops before its last section, on a heading, or — when the text ends with it —
 * before the last row of 十三 or between a row's unit and its figure, was cut off: say where.
 */
function assertComplete(coded: readonly CodedRow[], textEnds: boolean): void {
  const last = coded.at(-1);
  if (!last) throw new TableParseError('the national table has a heading but no rows: the text stops, or prose follows, right after it');
  const sectionIndex = (s: NationalSectionSpec | null) => (s ? NATIONAL_SECTIONS.indexOf(s) : -1);
  const lastSeen = Math.max(...coded.map((c) => sectionIndex(c.section)));
  const where = `after row "${last.cell.label}" (line ${last.cell.line})`;
  if (lastSeen < NATIONAL_SECTIONS.length - 1) {
    const missing = NATIONAL_SECTIONS.slice(lastSeen + 1).map((s) => `${s.ordinal}、${s.labels[0]}`);
    throw new TableParseError(
      `the national table stops ${where}; sections ${missing.join(' ')} are missing — the text looks truncated ` +
        '(or prose interrupts the table there)',
      last.cell.line,
    );
  }
  if (NATIONAL_GROUP_CODES.has(last.cell.code)) {
    throw new TableParseError(`the national table ends on the heading "${last.cell.label}" with none of its rows — the text looks truncated`, last.cell.line);
  }
  const finalRows = NATIONAL_SECTIONS.at(-1)!.rows;
  const lastListedIndex = Math.max(...coded.map((c) => finalRows.findIndex((r) => r.code === c.cell.code)));
  if (textEnds && lastListedIndex < finalRows.length - 1) {
    const missing = finalRows.slice(lastListedIndex + 1).map((r) => r.labels[0]);
    throw new TableParseError(`the text ends ${where}, before ${missing.join('、')} — the table looks truncated`, last.cell.line);
  }
  if (textEnds && last.listed && last.raw.value === null) {
    throw new TableParseError(`the text ends on row "${last.cell.label}" before its figure — the table looks truncated`, last.cell.line);
  }
}
