import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TableParseError } from '../../src/parsers/parsed-table.js';
import { parseStatisticsTable } from '../../src/parsers/parse-statistics-table.js';
import { fromProjectRoot } from '../../src/project-root.js';

const read = (path: string) => readFile(fromProjectRoot(path), 'utf8');

describe('parseStatisticsTable picks the family from the text', () => {
  it.each([
    ['seeds/linzi-2017.txt', 'REGULATION_2008', 'NATIONAL_2014', 82],
    ['test/fixtures/corpus/03-fj-pingtan-zone-2017.txt', 'REGULATION_2008', 'FUJIAN_SIMPLIFIED', 30],
    ['test/fixtures/corpus/05-fj-pingtan-scjg-2018.txt', 'REGULATION_2008', 'FUJIAN_SIMPLIFIED', 32],
    ['test/fixtures/corpus/06-fj-pingtan-zone-2019.txt', 'TEMPLATE_2019', 'NATIONAL_TEMPLATE', 198],
    ['test/fixtures/corpus/07-js-shuyang-county-2025.txt', 'TEMPLATE_2021', 'NATIONAL_TEMPLATE', 200],
  ])('%s is %s / %s with %i cells', async (path, format, variant, cells) => {
    const table = parseStatisticsTable(await read(path));
    expect([table.format, table.tableVariant, table.cells.length]).toEqual([format, variant, cells]);
  });

  it('says which tables it knows when the text holds none', () => {
    expect(() => parseStatisticsTable('本年度无统计表。')).toThrowError(TableParseError);
    expect(() => parseStatisticsTable('本年度无统计表。')).toThrowError(/^no statistics table of a known format: expected the 2019\/2021 template/);
    expect(() => parseStatisticsTable('')).toThrowError(/the text is empty/);
  });
});
