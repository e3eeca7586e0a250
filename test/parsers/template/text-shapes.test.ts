import { describe, expect, it } from 'vitest';
import { templateCellCodes, type TemplateVersion } from '../../../src/parsers/template/codes.js';
import { detectTemplateVersion } from '../../../src/parsers/template/detect.js';
import { parseTemplateTable } from '../../../src/parsers/template/parse-template-table.js';
import { applicationLabels, buildReport, type PrintedTable, type Shape } from './synthetic-report.js';

/*
 * Small reports built here in each text shape the parser reads. Every cell is printed in the
 * test, so what each cell must come back as is known: the printed text as `raw`, its number
 * (a note or unit after it does not change it) as `value`, null for a blank or a blank marker.
 */

// Section 三 figures that keep all identities: results sum to （七）总计, 新收 + 结转 = 总计 + 结转下年.
const RESULTS = {
  granted: [30, 1, 0, 0, 2, 0, 33],
  partially_granted: [9, 0, 0, 0, 0, 0, 9],
  withheld: [[0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0, 2], [1, 0, 0, 0, 0, 0, 1], [4, 0, 0, 0, 0, 0, 4], 'blank', [0, 0, 0, 0, 0, 0, 0], [3, 0, 0, 0, 0, 0, 3]],
  unavailable: [[11, 0, 0, 0, 0, 0, 11], [2, 0, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0]],
  not_processed: [[5, 0, 0, 0, 0, 0, 5], [6, 1, 0, 0, 0, 0, 7], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]],
  other2021: [[9, 0, 0, 0, 0, 0, 9], [1, 0, 0, 0, 0, 0, 1], [14, 1, 0, 0, 0, 0, 15]],
  other2019: [[24, 1, 0, 0, 0, 0, 25]],
};
const TOTALS = { new_received: [96, 3, 0, 0, 2, 0, 101], carried_over: [4, 0, 0, 0, 0, 0, 4], total_processed: [97, 3, 0, 0, 2, 0, 102], carried_forward: [3, 0, 0, 0, 0, 0, 3] };
const APPEALS = [[12, 0, 3, 0, 15], [1, 0, 0, 0, 1], [0, 0, 1, 0, 1]];

/** How each shape prints a blank cell ('' where a separator shows it; run-together text cannot). */
const BLANK: Record<Shape, string | null> = { pipe: '', tab: '', lines: '—', spaces: '/', run: null };

function printedTable(version: TemplateVersion, shape: Shape): PrintedTable {
  const blank = BLANK[shape];
  const cells = (row: number[] | 'blank') => (row === 'blank' ? Array(7).fill(blank ?? '0') : row.map(String));
  const header = (item: string, ...columns: string[]) => [`第二十条第（${item}）项`, '信息内容', ...columns];
  const proactive: PrintedTable['proactive'] =
    version === 'TEMPLATE_2021'
      ? [
          { header: header('一', '本年制发件数', '本年废止件数', '现行有效件数'), rows: [[['规章'], Array(3).fill(blank ?? '0')], [['行政规范性文件'], ['22（其中修订16件）', '3', '41']]] },
          { header: header('五', '本年处理决定数量'), rows: [[['行政许可'], ['517645']]] },
          { header: header('六', '本年处理决定数量'), rows: [[['行政处罚'], ['693']], [['行政强制'], ['21']]] },
          { header: header('八', '本年收费金额（单位：万元）'), rows: [[['行政事业性收费'], ['4068.208']]] },
        ]
      : [
          { header: header('一', '本年新制作数量', '本年新公开数量', '对外公开总数量'), rows: [[['规章'], ['0', '0', '0']], [['规范性文件'], ['89', '89', '89']]] },
          { header: header('五', '上一年项目数量', '本年增/减', '处理决定数量'), rows: [[['行政许可'], ['396', '0', '181']], [['其他对外管理服务事项'], ['10', '0', '153']]] },
          { header: header('六', '上一年项目数量', '本年增/减', '处理决定数量'), rows: [[['行政处罚'], ['2648', '0', '430']], [['行政强制'], ['126', '0', '25']]] },
          { header: header('八', '上一年项目数量', '本年增/减'), rows: [[['行政事业性收费'], ['35', '0']]] },
          { header: header('九', '采购项目数量', '采购总金额'), rows: [[['政府集中采购'], shape === 'run' ? ['135', '75394432.52元'] : ['12', '251000元']]] },
        ];
  const values = [
    TOTALS.new_received, TOTALS.carried_over, RESULTS.granted, RESULTS.partially_granted, ...RESULTS.withheld, ...RESULTS.unavailable, ...RESULTS.not_processed,
    ...(version === 'TEMPLATE_2021' ? RESULTS.other2021 : RESULTS.other2019), TOTALS.total_processed, TOTALS.carried_forward,
  ] as (number[] | 'blank')[];
  const labels = applicationLabels(version);
  return { proactive, applications: labels.map((label, i) => [label, cells(values[i])]), appeals: APPEALS.map((g) => g.map(String)) };
}

/** [code, value, raw] for every cell, in printed order, from the printed table. */
function expectedCells(version: TemplateVersion, printed: PrintedTable): [string, number | null, string][] {
  const raws = [...printed.proactive.flatMap((b) => b.rows.flatMap(([, cells]) => cells)), ...printed.applications.flatMap(([, cells]) => cells), ...printed.appeals.flat()];
  const codes = templateCellCodes(version);
  expect(raws).toHaveLength(codes.length);
  return codes.map((code, i) => {
    const raw = raws[i];
    const value = /^[0-9０-９]/.test(raw) ? Number.parseFloat(raw.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : null;
    return [code, value, raw];
  });
}

const triples = (text: string) => parseTemplateTable(text).cells.map((c) => [c.code, c.value, c.raw]);

describe.each<Shape>(['pipe', 'tab', 'lines', 'spaces', 'run'])('a table printed as %s', (shape) => {
  it.each<TemplateVersion>(['TEMPLATE_2021', 'TEMPLATE_2019'])('reads every cell of the %s version', (version) => {
    const printed = printedTable(version, shape);
    const text = buildReport(version, shape, printed);
    expect(detectTemplateVersion(text)).toBe(version);
    expect(triples(text)).toEqual(expectedCells(version, printed));
  });
});

describe('cell contents', () => {
  const text = buildReport('TEMPLATE_2021', 'pipe', printedTable('TEMPLATE_2021', 'pipe'));
  const cell = (source: string, code: string) => parseTemplateTable(source).cells.find((c) => c.code === code)!;

  it('keeps a note inside a cell in raw and its number in value', () => {
    expect(cell(text, 'proactive.normative_documents.issued')).toMatchObject({ value: 22, raw: '22（其中修订16件）', unit: '件' });
  });

  it('keeps blanks apart from zeros, and blank markers apart from empty cells', () => {
    expect(cell(text, 'proactive.rules.issued')).toMatchObject({ value: null, raw: '' });
    expect(cell(text, 'applications.withheld.state_secret.total')).toMatchObject({ value: 0, raw: '0' });
    const dashed = buildReport('TEMPLATE_2021', 'lines', printedTable('TEMPLATE_2021', 'lines'));
    expect(cell(dashed, 'applications.withheld.process_information.natural_person')).toMatchObject({ value: null, raw: '—' });
  });

  it('reads amounts with their unit, in the cell or in the header', () => {
    const text2019 = buildReport('TEMPLATE_2019', 'pipe', printedTable('TEMPLATE_2019', 'pipe'));
    expect(cell(text2019, 'proactive.procurement.amount')).toMatchObject({ value: 251000, raw: '251000元', unit: '元' });
    expect(cell(text, 'proactive.fees.amount')).toMatchObject({ value: 4068.208, raw: '4068.208', unit: '万元' });
  });

  it('folds full-width digits and spaces, and keeps raw as printed', () => {
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ \| /g, '\u3000|\u3000');
    expect(cell(wide, 'proactive.licensing.decisions')).toMatchObject({ value: 517645, raw: '５１７６４５' });
    expect(cell(wide, 'proactive.fees.amount')).toMatchObject({ value: 4068.208, raw: '４０６８.２０８' });
    expect(triples(wide).map(([code, value]) => [code, value])).toEqual(triples(text).map(([code, value]) => [code, value]));
  });

  it('gives the line of each value and the labels of row and column', () => {
    const lines = text.split('\n');
    const licensing = cell(text, 'proactive.licensing.decisions');
    expect(lines[licensing.line - 1]).toBe('| 行政许可 | 517645 |');
    const duplicate = cell(text, 'applications.not_processed.duplicate.commercial');
    expect(lines[duplicate.line - 1]).toBe('| 2.重复申请 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |');
    expect(duplicate).toMatchObject({ label: '（五）不予处理 2.重复申请 / 法人或其他组织 / 商业企业', parent: 'applications.not_processed.duplicate.total' });
  });

  it('splits run-together digits only as the identities allow (06: `230 000023` is 23|0|0|0|0|0|23)', () => {
    const run = buildReport('TEMPLATE_2019', 'run', printedTable('TEMPLATE_2019', 'run'));
    expect(run.split('\n')).toHaveLength(1);
    expect(run).toContain('一、本年新收政府信息公开申请数量963002010');
    expect(cell(run, 'applications.new_received.total')).toMatchObject({ value: 101, raw: '101' });
    expect(cell(run, 'appeals.reconsideration.upheld')).toMatchObject({ value: 12, raw: '12' });
  });
});

describe('detectTemplateVersion', () => {
  it('tells the versions apart by the section-二 column header', () => {
    expect(detectTemplateVersion('第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量')).toBe('TEMPLATE_2019');
    expect(detectTemplateVersion('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |')).toBe('TEMPLATE_2021');
  });

  it('takes two of the three headers, so one garbled by OCR does not lose the table', () => {
    expect(detectTemplateVersion('信息内容 本年制 发件数 本年废止件数 现行有效仵数')).toBe('TEMPLATE_2021');
  });

  it('finds no version in prose, in a pre-2019 table, or in headers far apart', () => {
    expect(detectTemplateVersion('本年度共主动公开政府信息4511条。')).toBeNull();
    expect(detectTemplateVersion('指标名称 计量单位 2017年度 历年累计 主动公开文件数 条 2069 12106')).toBeNull();
    expect(detectTemplateVersion(`本年新制作数量${'。'.repeat(400)}对外公开总数量`)).toBeNull();
  });
});
