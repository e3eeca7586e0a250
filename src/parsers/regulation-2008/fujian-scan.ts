import { TableParseError } from '../parsed-table.js';
import { FUJIAN_LABELS, type FujianRowSpec } from './fujian-codes.js';
import { isDigitChar, toHalfWidth } from './text-cells.js';

/**
 * Finds the Fujian table's header and its rows in the text by character scanning, because the
 * crawled pages flatten the table into one run (`主动公开文件数条212210037其中：1、政府网站公开数条…`):
 * there are no cell boundaries, only the known row labels. A row is
 *   [其中：] [ordinal N、 / N. / (N)] <known label> [(元)] [unit] <figures>
 * and its figures run until the next row starts. The next row's ordinal is glued to the figures
 * (`…100372、政府公报…`): ordinals here are single digits, so the digit just before 、 or . that
 * opens a known label belongs to the next row. Tabs, pipes, line breaks and spaces between parts are
 * allowed, so tab-separated and one-cell-per-line printings of the same table scan the same way.
 */

export interface FujianHeader {
  start: number;
  end: number;
  /** The this-year column header as printed, whitespace removed: "2017年度". */
  thisYearHeader: string;
  cumulativeHeader: string;
}

export interface ScannedRow {
  spec: FujianRowSpec;
  /** The label as printed, from 其中/ordinal to the label's end, whitespace removed. */
  label: string;
  labelStart: number;
  unit: string | null;
  /** The text between the unit (or label) and the next row: the two figures, flattened or not. */
  region: string;
  regionStart: number;
}

// Linear: every quantifier sits between fixed characters.
const HEADER = /指\s*标\s*名\s*称[\s|]*计\s*量\s*单\s*位[\s|]*((?:\d|[０-９]){4}\s*年\s*度?|本\s*年\s*度)[\s|]*(历\s*年\s*累\s*计)/;

export function findFujianHeader(text: string): FujianHeader | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length, thisYearHeader: toHalfWidth(m[1]!).replace(/\s+/g, ''), cumulativeHeader: m[2]!.replace(/\s+/g, '') };
}

const fold = (ch: string) => (ch === '它' ? '他' : toHalfWidth(ch));
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const skipSpaces = (text: string, p: number) => {
  while (p < text.length && (isSpace(text[p]) || text[p] === '|')) p++;
  return p;
};

/** End offset of `label` printed at `pos` (spaces between its characters allowed), or -1. */
function matchLabel(text: string, pos: number, label: string): number {
  let j = pos;
  for (let i = 0; i < label.length; i++) {
    if (i > 0) while (j < text.length && isSpace(text[j])) j++;
    if (j >= text.length || fold(text[j]!) !== fold(label[i]!)) return -1;
    j++;
  }
  return j;
}

/** The row starting exactly at `k` (其中, ordinal, known label), with the offset after its label. */
function rowStartAt(text: string, k: number): { spec: FujianRowSpec; labelEnd: number } | null {
  let p = k;
  if (text.startsWith('其中', p)) {
    p += 2;
    if (text[p] === '：' || text[p] === ':') p++;
    p = skipSpaces(text, p);
  }
  if (isDigitChar(text[p]) && '、.．'.includes(text[p + 1] ?? 'x')) p = skipSpaces(text, p + 2);
  else if ('(（'.includes(text[p] ?? 'x') && isDigitChar(text[p + 1]) && ')）'.includes(text[p + 2] ?? 'x')) p = skipSpaces(text, p + 3);
  for (const { label, spec } of FUJIAN_LABELS) {
    const end = matchLabel(text, p, label);
    if (end >= 0) return { spec, labelEnd: end };
  }
  return null;
}

const UNITS_HERE = ['万元', '人次', '条', '件', '元', '个', '次', '项'];
const REGION_CHARS = /[0-9０-９.．,，/／—－\-–\s|]/;
const MAX_REGION = 64;

/** A row whose label is not in fujian-codes.ts: short text, a unit, then digits. */
const UNKNOWN_ROW = /^(?:其中[:：]?)?(?:\d[、.．])?[^\s。，,；;：:\d]{2,30}?(?:万元|人次|条|件|元|个|次)\s*[0-9０-９]/;

export function scanFujianRows(text: string, header: FujianHeader, lineAt: (offset: number) => number): { rows: ScannedRow[]; end: number } {
  const rows: ScannedRow[] = [];
  let pos = header.end;
  for (;;) {
    const labelStart = skipSpaces(text, pos);
    const start = rowStartAt(text, labelStart);
    if (!start) {
      const ahead = text.slice(labelStart, labelStart + 48);
      if (UNKNOWN_ROW.test(ahead)) {
        throw new TableParseError(`the Fujian table has a row not listed in fujian-codes.ts: "${ahead.slice(0, 24)}…"; add its wording there`, lineAt(labelStart));
      }
      if (rows.length === 0) {
        throw new TableParseError(`the Fujian table header is not followed by a known row (主动公开文件数, 受理依申请公开信息总数, …): "${ahead.slice(0, 24)}…"`, lineAt(labelStart));
      }
      return { rows, end: labelStart };
    }
    let p = start.labelEnd;
    let unit: string | null = null;
    const unitInLabel = /^[（(](万元|元|条|件|个|次)[)）]/.exec(text.slice(p, p + 6));
    if (unitInLabel) {
      unit = unitInLabel[1]!;
      p += unitInLabel[0].length;
    }
    const label = text.slice(labelStart, p).replace(/\s+/g, '');
    p = skipSpaces(text, p);
    const printedUnit = UNITS_HERE.find((u) => text.startsWith(u, p));
    if (printedUnit) {
      unit = printedUnit;
      p += printedUnit.length;
    }
    let k = p;
    while (k < text.length && k - p <= MAX_REGION && !rowStartAt(text, k) && REGION_CHARS.test(text[k]!)) k++;
    if (k - p > MAX_REGION) throw new TableParseError(`row "${label}" is followed by more than ${MAX_REGION} characters of figures`, lineAt(p));
    let end = k;
    if (!rowStartAt(text, k)) {
      // The table ends here, unless an unknown row begins with an ordinal glued to our figures.
      let t = k;
      while (t > p && isSpace(text[t - 1])) t--;
      if (text[k] === '、' && isDigitChar(text[k - 1])) end = k - 1;
      else if ('.．'.includes(text[t - 1] ?? 'x') && isDigitChar(text[t - 2]) && t - 2 >= p) end = t - 2;
    }
    rows.push({ spec: start.spec, label, labelStart, unit, region: text.slice(p, end), regionStart: p });
    pos = end;
  }
}
