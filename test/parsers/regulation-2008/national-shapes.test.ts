import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TableCell } from '../../../src/parsers/parsed-table.js';
import { parseNationalTable } from '../../../src/parsers/regulation-2008/national-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';

/*
 * The same national table printed the ways other extractions print it, built here from the seed's
 * hand-read cells so that every row, code and figure is known in advance.
 */

const seed: { title: string; cells: TableCell[] } = JSON.parse(readFileSync(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8')).table;
type Row = { label: string; unit: string; raw: string };
const seedRows: Row[] = seed.cells.map((c) => ({ label: c.label, unit: c.unit ?? '', raw: c.raw }));

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const SHAPES: Record<string, { header: string; row: (r: Row) => string }> = {
  'tab-separated rows': { header: '统计指标\t单位\t统计数', row: (r) => `　　${r.label}\t${r.unit}\t${r.raw}` },
  'a pipe table': { header: '| 统计指标 | 单位 | 统计数 |\n| --- | --- | --- |', row: (r) => `| ${r.label} | ${r.unit} | ${r.raw} |` },
  'space-aligned columns': { header: '统 计 指 标        单位      统计数', row: (r) => `${r.label}        ${r.unit}      ${r.raw}` },
  'full-width digits': { header: '统计指标\t单位\t统计数', row: (r) => `${r.label}\t${r.unit}\t${fullWidth(r.raw)}` },
};

/** A report: prose, the title, the header, the rows, then a signature and a date. */
function report(rows: Row[], shape: (typeof SHAPES)[string]): string {
  return ['一、概述', '本年度我区主动公开政府信息12274条。', seed.title, shape.header, ...rows.map(shape.row), '', '临淄区人民政府办公室', '2018年3月20日'].join('\n');
}

describe('the national table in other text shapes', () => {
  it.each(Object.keys(SHAPES))('%s: every code, label, unit, figure and parent as in the seed', (name) => {
    const shape = SHAPES[name]!;
    const text = report(seedRows, shape);
    const parsed = parseNationalTable(text);
    const firstRowLine = text.split('\n').indexOf(shape.row(seedRows[0]!)) + 1;
    const expected = seed.cells.map((c, i) => ({
      ...c,
      raw: name === 'full-width digits' ? fullWidth(c.raw) : c.raw,
      line: firstRowLine + i,
    }));
    expect(parsed.title).toBe(seed.title);
    expect(parsed.cells).toEqual(expected);
  });

  it('joins a label wrapped inside its bracketed note, and keeps the label’s first line', () => {
    const rows = seedRows.map((r) => (r.label.startsWith('（一）主动公开政府信息数') ? { ...r, label: '（一）主动公开政府信息数（不同渠道和方式公开相同' } : r));
    const text = report(rows, SHAPES['tab-separated rows']!).replace('公开相同\t条\t12274', '公开相同\n信息计1条）\t条\t12274');
    const cell = parseNationalTable(text).cells.find((c) => c.code === 'proactive.items');
    expect(cell).toMatchObject({ label: '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', unit: '条', value: 12274, raw: '12274' });
    expect(cell!.line).toBe(text.split('\n').findIndex((l) => l.endsWith('公开相同')) + 1);
  });

  it('keeps blank, dashed and annotated cells as printed, with value null, and 0 as 0', () => {
    const raws: Record<string, string> = {
      '2.传真申请数': '/',
      '4.信函申请数': '—',
      '5.其他形式': '',
      '2.延期办结数': '0',
      '（二）电子文件数': '93（含视频3件）',
    };
    const rows = seedRows.map((r) => (r.label in raws ? { ...r, raw: raws[r.label]! } : r));
    const byLabel = new Map(parseNationalTable(report(rows, SHAPES['tab-separated rows']!)).cells.map((c) => [c.label, c]));
    expect([...Object.keys(raws)].map((l) => [byLabel.get(l)!.raw, byLabel.get(l)!.value])).toEqual([
      ['/', null],
      ['—', null],
      ['', null],
      ['0', 0],
      ['93（含视频3件）', null],
    ]);
  });

  it('keeps rows the national list does not have, coded under their parent, and a whole added section', () => {
    const at = seedRows.findIndex((r) => r.label === '5.其他方式公开政府信息数') + 1;
    const rows = [
      ...seedRows.slice(0, at),
      { label: '6.政务客户端公开政府信息数', unit: '条', raw: '15' },
      { label: '其中：移动端专栏信息数', unit: '条', raw: '4' },
      ...seedRows.slice(at),
      { label: '十四、政务公开考核情况', unit: '', raw: '' },
      { label: '（一）考核次数', unit: '次', raw: '2' },
    ];
    const cells = parseNationalTable(report(rows, SHAPES['tab-separated rows']!)).cells;
    const added = cells.filter((c) => c.code.includes('unlisted'));
    expect(added.map(({ code, label, value, parent }) => ({ code, label, value, parent }))).toEqual([
      { code: 'proactive.by_channel.unlisted_a', label: '6.政务客户端公开政府信息数', value: 15, parent: 'proactive.by_channel' },
      { code: 'proactive.by_channel.unlisted_a.unlisted_a', label: '其中：移动端专栏信息数', value: 4, parent: 'proactive.by_channel.unlisted_a' },
      { code: 'unlisted_a', label: '十四、政务公开考核情况', value: null, parent: null },
      { code: 'unlisted_a.unlisted_a', label: '（一）考核次数', value: 2, parent: 'unlisted_a' },
    ]);
    expect(cells).toHaveLength(86);
    expect(cells.find((c) => c.code === 'proactive.by_channel.other')!.value).toBe(719);
  });

  it('finds the table without a header row when a section heading is followed by its rows, and skips the same heading in prose', () => {
    const rows = seedRows.map(SHAPES['tab-separated rows']!.row);
    const text = ['一、主动公开情况', '2017年，我区坚持以公开为常态。', '附件', ...rows].join('\n');
    const parsed = parseNationalTable(text);
    expect(parsed.title).toBeNull();
    expect(parsed.cells[0]).toMatchObject({ code: 'proactive', line: 4 });
    expect(parsed.cells).toHaveLength(82);
  });

  it('skips the header and page numbers repeated at a page break', () => {
    const shape = SHAPES['space-aligned columns']!;
    const rows = seedRows.map(shape.row);
    const at = seedRows.findIndex((r) => r.label === '四、行政复议数量');
    const text = report(seedRows, shape).replace(rows[at]!, ['- 7 -', '', shape.header, rows[at]].join('\n'));
    expect(parseNationalTable(text).cells.map((c) => [c.code, c.value])).toEqual(seed.cells.map((c) => [c.code, c.value]));
  });

  it('reads rows whose figures are printed one cell per line without tabs', () => {
    const lines = seedRows.flatMap((r) => [r.label, ...(r.unit ? [r.unit] : []), ...(r.raw ? [r.raw] : [])]);
    const cells = parseNationalTable([seed.title, '统计指标', '单位', '统计数', ...lines].join('\n')).cells;
    expect(cells.map((c) => [c.code, c.unit, c.value])).toEqual(seed.cells.map((c) => [c.code, c.unit, c.value]));
  });
});
