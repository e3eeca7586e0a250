import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TableParseError } from '../../../src/parsers/parsed-table.js';
import { parseTemplateTable } from '../../../src/parsers/template/parse-template-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';

/*
 * Texts the parser must refuse, and how: a TableParseError whose message says what is wrong and
 * what to do, with the line where there is one.
 */

const corpusText = (name: string) => readFileSync(fromProjectRoot('test', 'fixtures', 'corpus', name), 'utf8');
const report06 = corpusText('06-fj-pingtan-zone-2019.txt');
const report07 = corpusText('07-js-shuyang-county-2025.txt');
const firstLines = (text: string, count: number) => text.split('\n').slice(0, count).join('\n');

function failure(text: string): TableParseError {
  try {
    parseTemplateTable(text);
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    return error as TableParseError;
  }
  throw new Error('the text was parsed, but it should have been refused');
}

describe('parseTemplateTable refuses', () => {
  it('empty text', () => {
    for (const text of ['', ' \n\t\u3000\n']) {
      expect(failure(text)).toMatchObject({ code: 'TABLE_PARSE_FAILED', line: null, message: expect.stringContaining('the text is empty') });
    }
  });

  it('text with no template table, saying when it looks like another format', () => {
    expect(failure('本年度我县政府信息公开工作有序推进。')).toMatchObject({ line: null, message: expect.stringMatching(/^no 2019\/2021 template statistics table: .*本年制发件数/) });
    expect(failure(corpusText('03-fj-pingtan-zone-2017.txt')).message).toContain('this looks like a report in another format (e.g. a pre-2019 report');
  });

  it('binary garbage read as text', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(failure(bytes.toString('utf8'))).toMatchObject({ message: expect.stringContaining('not readable report text'), line: 1 });
    expect(failure(`${report07}\n${'\u0000'.repeat(200)}`).message).toContain('convert the report to UTF-8 text first');
  });

  it('07 cut off inside section 三, naming the first missing row and the last line read', () => {
    const error = failure(firstLines(report07, 130));
    expect(error.line).toBe(128);
    expect(error.message).toBe(
      'line 128: section 三 (收到和处理政府信息公开申请情况): the row 「（四）无法提供 1.本机关不掌握相关政府信息」 is not in the text after line 128 ' +
        '(the row 「（三）不予公开 8.属于行政查询事项」); the table looks cut off, or the row is worded in a way this parser does not know',
    );
  });

  it('06 cut off inside section 三 (all on one line)', () => {
    const error = failure(report06.slice(0, report06.indexOf('（四）无法提供')));
    expect(error).toMatchObject({ line: 10, message: expect.stringContaining('the row 「（四）无法提供 1.本机关不掌握相关政府信息」 is not in the text') });
  });

  it('a text that ends before section 三 or section 四', () => {
    expect(failure(firstLines(report07, 70))).toMatchObject({ line: 56, message: expect.stringContaining('section 三 (收到和处理政府信息公开申请情况) is not in the text') });
    expect(failure(firstLines(report07, 157)).message).toContain('section 四 (政府信息公开行政复议、行政诉讼情况) is not in the text after section 三; the text looks cut off');
    expect(failure(firstLines(report07, 165))).toMatchObject({ line: 163, message: expect.stringContaining('has 5 cells (27 | 10 | 9 | 15 | 61) where the template has 15') });
  });

  it('a row with fewer cells than the template has', () => {
    const short = report07.replace('| 予以公开 | 290 | 1 | 0 | 0 | 3 | 0 | 294 |', '| 予以公开 | 290 | 1 | 0 | 3 | 294 |');
    expect(failure(short)).toMatchObject({ line: 111, message: expect.stringContaining('row 「（一）予以公开」 has 5 cells (290 | 1 | 0 | 3 | 294) where the template has 7') });
  });

  it('a row with more cells than the template has', () => {
    const long = report07.replace('| 行政强制 | 2154 |', '| 行政强制 | 2154 | 12 |');
    expect(failure(long)).toMatchObject({ line: 70, message: expect.stringContaining('row 「行政强制」 has 2 cells where the template has 1') });
  });

  it('digits run together that can be split more than one way, naming the readings', () => {
    const appeals = report06.replace('总计000000000000000', '总计12101141000100101');
    expect(failure(appeals)).toMatchObject({ line: 10, message: expect.stringContaining('can be read as 1|2|10|1|14|1|0|0|0|1|0|0|1|0|1 or 12|1|0|1|14|1|0|0|0|1|0|0|1|0|1') });
    const normative = report06.replace('规范性文件898989', '规范性文件9999172');
    expect(failure(normative).message).toContain('row 「规范性文件」: the digits run together with no separator and can be read as 9|9|99172 or 99|99|172');
    const procurement = report06.replace('政府集中采购13575394432.52元', '政府集中采购12251000元');
    expect(failure(procurement).message).toContain('row 「政府集中采购」: the project count and the amount run together');
  });

  it('without hanging on a long run of digits or brackets', () => {
    const started = Date.now();
    expect(failure(report06.replace('规范性文件898989', `规范性文件${'8'.repeat(200_000)}`)).message).toContain('row 「规范性文件」 has 1 cell (');
    expect(failure(report06.replace('（六）其他处理0 0 0 0 0 00', `（六）其他处理${'1'.repeat(60)}`)).message).toContain('too many ways to split');
    expect(parseTemplateTable(`${'（'.repeat(50_000)}${report06}`).cells).toHaveLength(198);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
