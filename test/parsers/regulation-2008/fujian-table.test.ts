import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../../../src/parsers/parsed-table.js';
import { parseFujianTable, parseFujianTableWithDecisions } from '../../../src/parsers/regulation-2008/fujian-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';

/*
 * The two Fujian simplified tables of the corpus, flattened by the crawler into one line (line 10),
 * against the figures read from them by hand. Each table figure of `.expected.json` is a pair
 * [this year, cumulative]; the mapping from its key to a row code is written out here.
 */

const corpus = (name: string, ext: string) => readFileSync(fromProjectRoot('test', 'fixtures', 'corpus', `${name}.${ext}`), 'utf8');

/** [block of .expected.json holding [this year, cumulative] pairs, key in that block, row code]. */
type Mapping = [block: string, key: string, code: string][];

const ZONE_2017: Mapping = [
  ['proactive.by_channel_table', '主动公开文件数', 'proactive.items'],
  ['proactive.by_channel_table', '1、政府网站公开数', 'proactive.items.website'],
  ['proactive.by_channel_table', '2、政府公报公开数', 'proactive.items.gazette'],
  ['applications.table', '受理政府信息依申请公开总数', 'requests.received'],
  ['applications.table', '1、当面申请数', 'requests.received.in_person'],
  ['applications.table', '2、网上申请数', 'requests.received.online'],
  ['applications.table', '3、信函、传真申请数', 'requests.received.letter_fax'],
  ['outcomes.table', '对申请的答复总数', 'requests.replies'],
  ['outcomes.table', '1、同意公开答复数', 'requests.replies.granted'],
  ['outcomes.table', '2、同意部分公开答复数', 'requests.replies.partially_granted'],
  ['outcomes.table', '3、不予公开答复数', 'requests.replies.refused'],
  ['outcomes.table', '4、其他类型答复数', 'requests.replies.other'],
  ['review_litigation.table', '接受行政诉讼、举报数', 'complaints'],
  ['review_litigation.table', '行政复议数', 'reconsiderations'],
  ['review_litigation.table', '行政诉讼数', 'litigation'],
];

const SCJG_2018: Mapping = [
  ['proactive.by_channel_table', '主动公开文件数', 'proactive.items'],
  ['proactive.by_channel_table', '1.政府网站公开数', 'proactive.items.website'],
  ['proactive.by_channel_table', '2.政府公报公开数', 'proactive.items.gazette'],
  ['applications.table', '受理依申请公开信息总数', 'requests.received'],
  ['applications.table', '1.当面申请数', 'requests.received.in_person'],
  ['applications.table', '2.网络申请数', 'requests.received.online'],
  ['applications.table', '3.信函、传真申请数', 'requests.received.letter_fax'],
  ['outcomes.table', '对申请的答复总数', 'requests.replies'],
  ['outcomes.table', '1.同意公开答复数', 'requests.replies.granted'],
  ['outcomes.table', '2.同意部分公开答复数', 'requests.replies.partially_granted'],
  ['outcomes.table', '3.不予公开答复数', 'requests.replies.refused'],
  ['outcomes.table', '4.其他类型答复数', 'requests.replies.other'],
  ['fees.table', '政府信息公开收费减免金额(元)', 'fees_waived'],
  ['review_litigation.table', '接受行政申诉、举报数', 'complaints'],
  ['review_litigation.table', '行政复议数', 'reconsiderations'],
  ['review_litigation.table', '行政诉讼数', 'litigation'],
];

const CASES: [name: string, mapping: Mapping, figures: number][] = [
  ['03-fj-pingtan-zone-2017', ZONE_2017, 30],
  ['05-fj-pingtan-scjg-2018', SCJG_2018, 32],
];

const blockAt = (doc: unknown, path: string) => path.split('.').reduce<any>((o, k) => o?.[k], doc) as Record<string, (number | null)[]>;
const value = (table: ParsedTable, code: string) => table.cells.find((c) => c.code === code)?.value;

describe.each(CASES)('%s', (name, mapping, figures) => {
  const text = corpus(name, 'txt');
  const expected = JSON.parse(corpus(name, 'expected.json'));
  const table = parseFujianTable(text);

  it('equals every table figure of .expected.json, pair by pair', () => {
    let compared = 0;
    for (const [block, key, code] of mapping) {
      const pair = blockAt(expected, block)[key];
      expect(pair, `${block}.${key}`).toHaveLength(2);
      pair!.forEach((figure, i) => {
        if (figure === null) return;
        expect(value(table, `${code}.${i === 0 ? 'this_year' : 'cumulative'}`), `${key} column ${i}`).toBe(figure);
        compared++;
      });
    }
    expect(compared).toBe(figures);
  });

  it('maps every key of the table blocks of .expected.json (no block left out)', () => {
    const blocks = [...new Set(mapping.map(([block]) => block))];
    const keys = blocks.flatMap((block) => Object.keys(blockAt(expected, block)).map((key) => `${block}/${key}`));
    expect(keys.sort()).toEqual(mapping.map(([block, key]) => `${block}/${key}`).sort());
    expect(table.cells).toHaveLength(figures);
  });

  it('holds the Fujian identities: 受理总数 = Σ channels, 答复总数 = Σ reply types, cumulative ≥ this year, 其中 ≤ total', () => {
    for (const column of ['this_year', 'cumulative']) {
      const v = (row: string) => value(table, `${row}.${column}`)!;
      const children = (parent: string) => table.cells.filter((c) => c.parent === `${parent}.${column}`).map((c) => c.value!);
      expect(children('requests.received').reduce((a, b) => a + b)).toBe(v('requests.received'));
      expect(children('requests.replies').reduce((a, b) => a + b)).toBe(v('requests.replies'));
      expect(Math.max(...children('proactive.items'))).toBeLessThanOrEqual(v('proactive.items'));
    }
    for (const cell of table.cells.filter((c) => c.code.endsWith('.this_year'))) {
      expect(value(table, cell.code.replace(/this_year$/, 'cumulative'))).toBeGreaterThanOrEqual(cell.value!);
    }
  });

  it('puts every cell on line 10, the flattened table’s line, with its unit and a well-formed code', () => {
    expect(new Set(table.cells.map((c) => c.line))).toEqual(new Set([10]));
    expect(table.format).toBe('REGULATION_2008');
    expect(table.tableVariant).toBe('FUJIAN_SIMPLIFIED');
    const codes = new Set(table.cells.map((c) => c.code));
    for (const cell of table.cells) {
      expect(cell.code).toMatch(/^[a-z_]+(\.[a-z_]+)*$/);
      if (cell.parent) expect(codes.has(cell.parent)).toBe(true);
      expect(cell.unit).toMatch(/^(条|件|元)$/);
    }
    expect(codes.size).toBe(table.cells.length);
  });
});

describe('how the flattened figures were split', () => {
  it('03: 212210037 → 2122 | 10037 by the prose anchor, the website row by the of-which bound', () => {
    const { table, decisions } = parseFujianTableWithDecisions(corpus('03-fj-pingtan-zone-2017', 'txt'));
    expect(table.title).toBe('政府信息公开情况统计表');
    expect(decisions.slice(0, 3)).toEqual([
      { code: 'proactive.items', label: '主动公开文件数', line: 10, printed: '212210037', thisYear: '2122', cumulative: '10037', reason: 'prose anchor at line 10: "主动公开政府信息2122条"' },
      { code: 'proactive.items.website', label: '其中：1、政府网站公开数', line: 10, printed: '212210037', thisYear: '2122', cumulative: '10037', reason: 'of-which bound: each 其中 row ≤ proactive.items' },
      { code: 'proactive.items.gazette', label: '2、政府公报公开数', line: 10, printed: '00', thisYear: '0', cumulative: '0', reason: 'the only split with no leading zero and cumulative ≥ this year' },
    ]);
  });

  it('05: 3891176 → 389 | 1176 by the prose anchor; 03 → 0 | 3 and 27 → 2 | 7 have one split only', () => {
    const { table, decisions } = parseFujianTableWithDecisions(corpus('05-fj-pingtan-scjg-2018', 'txt'));
    expect(table.title).toBe('附表');
    const byCode = new Map(decisions.map((d) => [d.code, d]));
    expect(byCode.get('proactive.items')).toMatchObject({ printed: '3891176', thisYear: '389', cumulative: '1176', reason: 'prose anchor at line 10: "主动公开政府信息389条"' });
    expect(byCode.get('requests.received.online')).toMatchObject({ printed: '03', thisYear: '0', cumulative: '3' });
    expect(byCode.get('requests.received')).toMatchObject({ printed: '27', thisYear: '2', cumulative: '7' });
    expect(table.cells.find((c) => c.code === 'fees_waived.this_year')).toEqual({
      code: 'fees_waived.this_year',
      label: '政府信息公开收费减免金额（2018年度）',
      unit: '元',
      value: 0,
      raw: '0',
      parent: null,
      line: 10,
    });
  });
});
