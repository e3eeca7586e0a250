import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../../src/parsers/parsed-table.js';
import { templateCellCodes } from '../../../src/parsers/template/codes.js';
import { parseTemplateTable } from '../../../src/parsers/template/parse-template-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { ReportDocumentSchema } from '../../../src/report-document/report-document.js';

/*
 * The two template reports of the corpus against the figures read from them by hand
 * (test/fixtures/corpus/*.expected.json). The mapping from the hand-read keys to cell codes is
 * written out below, and every figure is counted, so a block that is skipped fails the count.
 */

const corpus = (name: string) => fromProjectRoot('test', 'fixtures', 'corpus', name);
const load = (stem: string) => ({
  text: readFileSync(corpus(`${stem}.txt`), 'utf8'),
  expected: JSON.parse(readFileSync(corpus(`${stem}.expected.json`), 'utf8')),
});

/** section2.<block>.<row> of the expected file → the codes of its figures, in its order. */
const SECTION_2: Record<'2019' | '2021', [path: string, codes: string[]][]> = {
  '2019': [
    ['article20_1.规章', ['proactive.rules.made', 'proactive.rules.published', 'proactive.rules.total']],
    ['article20_1.规范性文件', ['proactive.normative_documents.made', 'proactive.normative_documents.published', 'proactive.normative_documents.total']],
    ['article20_5.行政许可', ['proactive.licensing.previous_items', 'proactive.licensing.change', 'proactive.licensing.decisions']],
    ['article20_5.其他对外管理服务事项', ['proactive.other_services.previous_items', 'proactive.other_services.change', 'proactive.other_services.decisions']],
    ['article20_6.行政处罚', ['proactive.penalty.previous_items', 'proactive.penalty.change', 'proactive.penalty.decisions']],
    ['article20_6.行政强制', ['proactive.coercion.previous_items', 'proactive.coercion.change', 'proactive.coercion.decisions']],
    ['article20_8.行政事业性收费', ['proactive.fees.previous_items', 'proactive.fees.change']],
    ['article20_9.政府集中采购', ['proactive.procurement.projects', 'proactive.procurement.amount']],
  ],
  '2021': [
    ['article20_1.规章', ['proactive.rules.issued', 'proactive.rules.repealed', 'proactive.rules.in_force']],
    ['article20_1.行政规范性文件', ['proactive.normative_documents.issued', 'proactive.normative_documents.repealed', 'proactive.normative_documents.in_force']],
    ['article20_5.行政许可_本年处理决定数量', ['proactive.licensing.decisions']],
    ['article20_6.行政处罚_本年处理决定数量', ['proactive.penalty.decisions']],
    ['article20_6.行政强制_本年处理决定数量', ['proactive.coercion.decisions']],
    ['article20_8.行政事业性收费_本年收费金额_万元', ['proactive.fees.amount']],
  ],
};

/** section3.rows keys → code prefixes. */
const SECTION_3_ROWS: Record<string, string> = {
  new_received: 'applications.new_received',
  carried_over: 'applications.carried_over',
  granted: 'applications.granted',
  partially_granted: 'applications.partially_granted',
  'withheld.state_secret': 'applications.withheld.state_secret',
  'withheld.prohibited_by_law': 'applications.withheld.prohibited_by_law',
  'withheld.three_securities_one_stability': 'applications.withheld.three_securities_one_stability',
  'withheld.third_party_rights': 'applications.withheld.third_party_rights',
  'withheld.internal_affairs': 'applications.withheld.internal_affairs',
  'withheld.process_information': 'applications.withheld.process_information',
  'withheld.enforcement_case_file': 'applications.withheld.enforcement_case_file',
  'withheld.administrative_query': 'applications.withheld.administrative_query',
  'unavailable.not_held': 'applications.unavailable.not_held',
  'unavailable.needs_creation': 'applications.unavailable.needs_creation',
  'unavailable.unclear_after_correction': 'applications.unavailable.unclear_after_correction',
  'not_processed.petition_complaint': 'applications.not_processed.petition_complaint',
  'not_processed.duplicate': 'applications.not_processed.duplicate',
  'not_processed.publication': 'applications.not_processed.publication',
  'not_processed.mass_repetitive': 'applications.not_processed.mass_repetitive',
  'not_processed.confirm_or_reissue': 'applications.not_processed.confirm_or_reissue',
  other: 'applications.other',
  'other.no_correction_overdue': 'applications.other.no_correction_overdue',
  'other.fee_unpaid': 'applications.other.fee_unpaid',
  'other.other': 'applications.other.other',
  total_processed: 'applications.total_processed',
  carried_forward: 'applications.carried_forward',
};
/** section3.columns labels → column keys. */
const SECTION_3_COLUMNS: Record<string, string> = {
  自然人: 'natural_person',
  商业企业: 'commercial',
  科研机构: 'research',
  社会公益组织: 'public_interest',
  法律服务机构: 'legal_service',
  其他: 'other_org',
  总计: 'total',
};
/** section4 keys → code prefixes, and its column labels → outcome keys. */
const SECTION_4_GROUPS: Record<string, string> = {
  review: 'appeals.reconsideration',
  litigation_direct: 'appeals.litigation_direct',
  litigation_after_review: 'appeals.litigation_after_reconsideration',
};
const SECTION_4_COLUMNS: Record<string, string> = { 结果维持: 'upheld', 结果纠正: 'corrected', 其他结果: 'other', 尚未审结: 'pending', 总计: 'total' };

const mapped = (map: Record<string, string>, key: string) => {
  if (!(key in map)) throw new Error(`no code mapped for the expected key "${key}"`);
  return map[key];
};

/** Every hand-read figure with its code: [code, figure, printed text when the file keeps one]. */
function expectedFigures(expected: any): [code: string, figure: number, printed: string | null][] {
  const version = expected.section2.version as '2019' | '2021';
  const figures: [string, number, string | null][] = [];
  const add = (code: string, v: number | string | null) => {
    if (v !== null) figures.push([code, typeof v === 'number' ? v : Number.parseFloat(v), typeof v === 'string' ? v : null]);
  };
  for (const [path, codes] of SECTION_2[version]) {
    const value = path.split('.').reduce((node, key) => node[key], expected.section2);
    const values = Array.isArray(value) ? value : [value];
    expect(values).toHaveLength(codes.length);
    values.forEach((v: number | string, i: number) => add(codes[i], v));
  }
  for (const [row, values] of Object.entries<(number | null)[]>(expected.section3.rows)) {
    values.forEach((v, i) => add(`${mapped(SECTION_3_ROWS, row)}.${mapped(SECTION_3_COLUMNS, expected.section3.columns[i])}`, v));
  }
  for (const [group, prefix] of Object.entries(SECTION_4_GROUPS)) {
    (expected.section4[group] as (number | null)[]).forEach((v, i) => add(`${prefix}.${mapped(SECTION_4_COLUMNS, expected.section4.columns[i])}`, v));
  }
  return figures;
}

/** The identities of formats.md §2.5 (1–4), as a list of the ones that fail, with their numbers. */
function brokenIdentities(cells: TableCell[]): string[] {
  const v = (code: string) => cells.find((c) => c.code === code)?.value ?? null;
  const rows = [...new Set(cells.filter((c) => c.code.startsWith('applications.')).map((c) => c.code.slice(0, c.code.lastIndexOf('.'))))];
  const results = rows.filter((r) => !/\.(new_received|carried_over|total_processed|carried_forward)$/.test(r));
  const columns = Object.values(SECTION_3_COLUMNS);
  const broken: string[] = [];
  const check = (name: string, left: string[], right: string[]) => {
    const sum = (codes: string[]) => codes.reduce((acc, code) => acc + (v(code) ?? 0), 0);
    if (sum(left) !== sum(right)) broken.push(`${name}: ${sum(left)} ≠ ${sum(right)}`);
  };
  for (const col of columns) {
    check(`1 (${col})`, [`applications.new_received.${col}`, `applications.carried_over.${col}`], [`applications.total_processed.${col}`, `applications.carried_forward.${col}`]);
    check(`2 (${col})`, [`applications.total_processed.${col}`], results.map((r) => `${r}.${col}`));
  }
  for (const row of rows) check(`3 (${row})`, [`${row}.total`], columns.slice(0, 6).map((col) => `${row}.${col}`));
  for (const group of Object.values(SECTION_4_GROUPS)) check(`4 (${group})`, [`${group}.total`], ['upheld', 'corrected', 'other', 'pending'].map((o) => `${group}.${o}`));
  return broken;
}

describe.each([
  { stem: '06-fj-pingtan-zone-2019', format: 'TEMPLATE_2019', figures: 198, shape: 'a crawled page with every cell run together' },
  { stem: '07-js-shuyang-county-2025', format: 'TEMPLATE_2021', figures: 200, shape: 'OCR markdown with pipe tables and a stray header' },
])('$stem ($shape)', ({ stem, format, figures }) => {
  const { text, expected } = load(stem);
  const parsed = parseTemplateTable(text);

  it('is read as the right version, with every template cell in printed order', () => {
    expect(parsed).toMatchObject({ format, tableVariant: 'NATIONAL_TEMPLATE', title: null });
    expect(parsed.cells.map((c) => c.code)).toEqual(templateCellCodes(format as 'TEMPLATE_2019' | 'TEMPLATE_2021'));
    expect(() => ReportDocumentSchema.shape.table.shape.cells.parse(parsed.cells)).not.toThrow();
    const codes = new Set(parsed.cells.map((c) => c.code));
    expect(parsed.cells.filter((c) => c.parent !== null && !codes.has(c.parent))).toEqual([]);
  });

  it(`gives every hand-read figure of sections 二, 三 and 四 (${figures} of them)`, () => {
    const wanted = expectedFigures(expected);
    const byCode = new Map(parsed.cells.map((c) => [c.code, c]));
    const got = wanted.map(([code, , printed]) => [code, byCode.get(code)?.value, printed === null ? null : byCode.get(code)?.raw]);
    expect(got).toEqual(wanted.map(([code, figure, printed]) => [code, figure, printed]));
    expect(wanted).toHaveLength(figures);
  });

  it('holds the identities of formats.md §2.5 (1–4)', () => {
    expect(brokenIdentities(parsed.cells)).toEqual([]);
  });
});

describe('where the cells are in the text', () => {
  it('06: everything is on line 10, the one line the crawl made of the page body', () => {
    const { text } = load('06-fj-pingtan-zone-2019');
    expect(new Set(parseTemplateTable(text).cells.map((c) => c.line))).toEqual(new Set([10]));
  });

  it('07: each cell is on the line of its table row, and notes on units are kept', () => {
    const { text } = load('07-js-shuyang-county-2025');
    const cell = (code: string) => parseTemplateTable(text).cells.find((c) => c.code === code);
    expect(cell('proactive.normative_documents.in_force')).toMatchObject({ value: 32, raw: '32', unit: '件', line: 59, parent: null });
    expect(cell('proactive.licensing.decisions')).toMatchObject({ value: 517645, line: 64 });
    expect(cell('proactive.fees.amount')).toMatchObject({ value: 4068.208, raw: '4068.208', unit: '万元', line: 75, label: '行政事业性收费 / 本年收费金额（单位：万元）' });
    expect(cell('applications.granted.natural_person')).toMatchObject({ value: 290, line: 111, label: '（一）予以公开 / 自然人', parent: 'applications.granted.total' });
    // Below the OCR's stray header (line 151) the cells still follow the template's column order.
    expect(cell('applications.other.fee_unpaid.total')).toMatchObject({ value: 7, line: 153, parent: null });
    expect(cell('applications.carried_forward.natural_person')).toMatchObject({ value: 31, line: 156 });
    expect(cell('appeals.litigation_after_reconsideration.pending')).toMatchObject({ value: 1, line: 173, parent: 'appeals.litigation_after_reconsideration.total' });
  });
});

describe('variations of 07 that real texts show', () => {
  const { text } = load('07-js-shuyang-county-2025');
  const values = (source: string) => parseTemplateTable(source).cells.map((c) => [c.code, c.value]);

  it('finds the sections by their headings, not their numbers (Shanghai restarts the numbering)', () => {
    const renumbered = text.replace('## 二、主动公开', '## 一、主动公开').replace('## 三、收到和处理', '## 二、收到和处理').replace('## 四、政府信息公开行政复议', '## 三、政府信息公开行政复议');
    expect(values(renumbered)).toEqual(values(text));
  });

  it('reads CRLF line ends, with the same lines', () => {
    expect(parseTemplateTable(text.replace(/\n/g, '\r\n')).cells).toEqual(parseTemplateTable(text).cells);
  });

  it('keeps blank markers, notes with spaces and thousands commas as printed', () => {
    const varied = text
      .replace('| 规章 | 0 | 0 | 0 |', '| 规章 | / | ／ | — |')
      .replace('| 6 | 1 | 32 |', '| 6 | 55（含自然失效 29 件） | 32 |')
      .replace('| 517645 |', '| 517,645 |');
    const cell = (code: string) => parseTemplateTable(varied).cells.find((c) => c.code === code);
    expect([cell('proactive.rules.issued'), cell('proactive.rules.repealed'), cell('proactive.rules.in_force')].map((c) => [c?.value, c?.raw])).toEqual([
      [null, '/'],
      [null, '／'],
      [null, '—'],
    ]);
    expect(cell('proactive.normative_documents.repealed')).toMatchObject({ value: 55, raw: '55（含自然失效 29 件）' });
    expect(cell('proactive.licensing.decisions')).toMatchObject({ value: 517645, raw: '517,645' });
  });
});
