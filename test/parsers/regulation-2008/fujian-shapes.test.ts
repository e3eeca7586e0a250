import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFujianTable, parseFujianTableWithDecisions } from '../../../src/parsers/regulation-2008/fujian-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { captureError } from './capture-error.js';

/* Small Fujian tables in the shapes and wordings of formats.md §3.2, built here. */

/** The 2013 county version: six channels, three reply types, 行政申诉数, unit 条; figures flattened. */
const COUNTY_2013 =
  '指标名称计量单位2013年度历年累计' +
  '主动公开信息数条18535395其中：1.网站公开条170051002.政府公报公开条0153' +
  '受理依申请公开信息总数条1226其中：1.当面申请数条392.传真申请数条003.电子邮件申请数条004.网上申请数条5125.信函申请数条456.其它形式申请数条00' +
  '对申请的答复总数条1226其中：1.同意公开答复数条8152.同意部分公开答复数条253.否决公开答复数条26' +
  '行政复议数条00行政诉讼数条01行政申诉数条00 附件下载';

describe('the 2013 county version, flattened', () => {
  const prose = '一、概述\n2013年，全县主动公开政府信息1853条。\n七、附表\n';

  it('splits every row, choosing by the prose anchor, the of-which bound and the sum identities', () => {
    const { table, decisions } = parseFujianTableWithDecisions(prose + COUNTY_2013);
    const pairs = Object.fromEntries(decisions.map((d) => [d.code, `${d.thisYear}|${d.cumulative}`]));
    expect(pairs).toEqual({
      'proactive.items': '1853|5395',
      'proactive.items.website': '1700|5100',
      'proactive.items.gazette': '0|153',
      'requests.received': '12|26',
      'requests.received.in_person': '3|9',
      'requests.received.fax': '0|0',
      'requests.received.email': '0|0',
      'requests.received.online': '5|12',
      'requests.received.letter': '4|5',
      'requests.received.other': '0|0',
      'requests.replies': '12|26',
      'requests.replies.granted': '8|15',
      'requests.replies.partially_granted': '2|5',
      'requests.replies.refused': '2|6',
      'reconsiderations': '0|0',
      'litigation': '0|1',
      'complaints': '0|0',
    });
    const reasons = Object.fromEntries(decisions.map((d) => [d.code, d.reason]));
    expect(reasons['proactive.items']).toBe('prose anchor at line 2: "主动公开政府信息1853条"');
    expect(reasons['proactive.items.website']).toBe('of-which bound: each 其中 row ≤ proactive.items');
    expect(reasons['requests.received']).toBe('identity requests.received = Σ in_person + fax + email + online + letter + other');
    expect(reasons['requests.replies']).toBe('identity requests.replies = Σ granted + partially_granted + refused');
    expect(table.title).toBe('附表');
    expect(table.cells.find((c) => c.code === 'requests.received.other.cumulative')).toMatchObject({ label: '6.其它形式申请数（历年累计）', unit: '条', parent: 'requests.received.cumulative', line: 4 });
  });

  it('refuses to guess when nothing decides a split, naming the row, the digits and the candidates the identities leave', () => {
    const error = captureError(() => parseFujianTable('一、概述\n本年度工作平稳。\n' + COUNTY_2013));
    expect(error.line).toBe(3);
    expect(error.message).toContain('"18535395" of row "主动公开信息数"');
    // 18 | 535395 and 185 | 35395 fall: no split of the website row (1 | 7005100, 1700 | 5100) fits under them.
    expect(error.message).toContain(': 1 | 8535395, 1853 | 5395 all fit');
  });

  it('reads full-width digits, keeping them in raw', () => {
    const text = prose + COUNTY_2013.replace('18535395', '１８５３５３９５');
    const cells = parseFujianTable(text).cells.filter((c) => c.code.startsWith('proactive.items.') && !c.code.includes('.', 'proactive.items.'.length));
    expect(cells.map((c) => [c.code, c.raw, c.value])).toEqual([
      ['proactive.items.this_year', '１８５３', 1853],
      ['proactive.items.cumulative', '５３９５', 5395],
    ]);
  });
});

const ROWS_2016: [string, string, string, string][] = [
  ['主动公开文件数', '条', '2069', '12106'],
  ['其中：1.政府网站公开数', '条', '2069', '12106'],
  ['2.政府公报公开数', '条', '', '0'],
  ['受理依申请公开信息总数', '条', '3', '10'],
  ['其中：1.当面申请数', '条', '1', '4'],
  ['2.网络申请数', '条', '2', '5'],
  ['3.信函、传真申请数', '条', '0', '1'],
  ['对申请的答复总数', '条', '3', '10'],
  ['其中：1.同意公开答复数', '条', '2', '7'],
  ['2.同意部分公开答复数', '条', '0', '1'],
  ['3.不予公开答复数', '条', '1', '1'],
  ['4.其他类型答复数', '条', '0', '1'],
  ['政府信息公开收费减免金额', '元', '0', '0'],
  ['接受行政申诉、举报数', '件', '0', '0'],
  ['行政复议数', '件', '0', '1'],
  ['行政诉讼数', '件', '0', '0'],
];

describe('a Fujian table whose cells are separated', () => {
  const shapes: Record<string, (r: (typeof ROWS_2016)[number]) => string> = {
    'tab-separated rows': (r) => r.join('\t'),
    'one cell per line': (r) => r.join('\n'),
    'pipe rows': (r) => `| ${r.join(' | ')} |`,
  };
  it.each(Object.keys(shapes))('%s: takes the cells as printed, a blank one included', (shape) => {
    const header = shape === 'pipe rows' ? '| 指标名称 | 计量单位 | 2016年度 | 历年累计 |' : ['指标名称', '计量单位', '2016年度', '历年累计'].join(shape === 'one cell per line' ? '\n' : '\t');
    const { table, decisions } = parseFujianTableWithDecisions(['六、附表', header, ...ROWS_2016.map(shapes[shape]!), '', '平潭综合实验区某局', '2017年1月20日'].join('\n'));
    expect(table.cells).toHaveLength(32);
    expect(table.cells.map((c) => c.raw)).toEqual(ROWS_2016.flatMap((r) => [r[2], r[3]]));
    expect(table.cells.find((c) => c.code === 'proactive.items.gazette.this_year')).toMatchObject({ raw: '', value: null });
    expect(table.cells.find((c) => c.code === 'reconsiderations.cumulative')).toMatchObject({ value: 1, unit: '件' });
    expect(new Set(decisions.map((d) => d.reason))).toEqual(new Set(['printed as separate cells']));
  });

  it('space-separated figures are two cells, not one number to split', () => {
    const text = '指标名称 计量单位 2016年度 历年累计 ' + ROWS_2016.map((r) => r.join(' ')).join(' ') + ' 附件下载';
    // Spaces cannot show a blank cell, so the blank this-year cell of 政府公报公开数 is printed as 0 here.
    const cells = parseFujianTable(text.replace(' 条  0', ' 条 0 0')).cells;
    expect(cells.find((c) => c.code === 'proactive.items.this_year')!.value).toBe(2069);
    expect(cells.find((c) => c.code === 'proactive.items.cumulative')!.value).toBe(12106);
  });
});

describe('Fujian tables the parser refuses, with a message to act on', () => {
  const zone2017 = readFileSync(fromProjectRoot('test', 'fixtures', 'corpus', '03-fj-pingtan-zone-2017.txt'), 'utf8');

  it('a row whose wording is not listed', () => {
    const error = captureError(() => parseFujianTable(zone2017.replace('行政复议数件00', '政府信息公开咨询数件1230行政复议数件00')));
    expect(error.line).toBe(10);
    expect(error.message).toContain('not listed in fujian-codes.ts: "政府信息公开咨询数件1230');
  });

  it('a table cut off after 对申请的答复总数', () => {
    const error = captureError(() => parseFujianTable(zone2017.slice(0, zone2017.indexOf('对申请的答复总数') + 10)));
    expect(error.message).toContain('rows reconsiderations, litigation are missing — the text looks truncated');
  });

  it('figures that cannot be a pair (cumulative below this year whatever the split)', () => {
    const error = captureError(() => parseFujianTable(zone2017.replace('行政诉讼数件00', '行政诉讼数件90')));
    expect(error.message).toContain('row "行政诉讼数" prints "90"');
  });
});
