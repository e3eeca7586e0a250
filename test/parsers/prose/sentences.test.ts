import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/parsers/prose/sentences.js';
import { locateStatisticsTable } from '../../../src/parsers/prose/table-region.js';
import { fromProjectRoot } from '../../../src/project-root.js';

const read = (...parts: string[]) => readFileSync(fromProjectRoot(...parts), 'utf8');
const corpus = (stem: string) => read('test', 'fixtures', 'corpus', `${stem}.txt`);

describe('sentences with their lines', () => {
  it('ends a sentence at 。！？ with its closing quotes, and at every line break, but not at ；', () => {
    const text = '1.保障性住房。公开保障性住房信息20条，如：《\n他说“好。”真的吗？是的！其中，网站7487条，占61%；微博895条。';
    expect(splitSentences(text, 'REGULATION_2008').map((s) => [s.line, s.text])).toEqual([
      [1, '1.保障性住房。'],
      [1, '公开保障性住房信息20条，如：《'],
      [2, '他说“好。”'],
      [2, '真的吗？'],
      [2, '是的！'],
      [2, '其中，网站7487条，占61%；微博895条。'],
    ]);
  });

  it('drops Markdown heading marks and Markdown table rows', () => {
    const text = '### 一是从严日常管理。\n| 规章 | 0 | 0 |\n|---|---|\n正文。';
    expect(splitSentences(text, 'TEMPLATE_2021').map((s) => [s.line, s.text])).toEqual([
      [1, '一是从严日常管理。'],
      [4, '正文。'],
    ]);
  });

  it('skips the seed’s national statistics table, from its title line to the end', () => {
    const text = read('seeds', 'linzi-2017.txt');
    const region = locateStatisticsTable(text, 'REGULATION_2008');
    expect(region?.variant).toBe('NATIONAL_2014');
    expect(text.slice(region!.start).startsWith('临淄区2017年度政府信息公开工作情况统计表')).toBe(true);
    expect(region!.end).toBe(text.length);
    expect(Math.max(...splitSentences(text, 'REGULATION_2008').map((s) => s.line))).toBe(463);
  });

  it('skips a flattened Fujian table in the middle of a one-line page, and only it', () => {
    const text = corpus('03-fj-pingtan-zone-2017');
    const region = locateStatisticsTable(text, 'REGULATION_2008')!;
    expect(region.variant).toBe('FUJIAN_SIMPLIFIED');
    expect(text.slice(region.start, region.start + 8)).toBe('指标名称计量单位');
    const last = splitSentences(text, 'REGULATION_2008').at(-1)!;
    expect(last.text.endsWith('六、政府信息公开情况统计表')).toBe(true);
  });

  it('skips the template’s sections 二–四 and reads section 五 on', () => {
    for (const stem of ['06-fj-pingtan-zone-2019', '07-js-shuyang-county-2025']) {
      const text = corpus(stem);
      const region = locateStatisticsTable(text, stem.startsWith('06') ? 'TEMPLATE_2019' : 'TEMPLATE_2021')!;
      expect(text.slice(region.start, region.start + 14)).toMatch(/二、主动公开政府信息情况/);
      expect(text.slice(region.end, region.end + 20)).toMatch(/^五、.*存在的主要问题/);
    }
  });

  it('finds no table where there is none', () => {
    expect(locateStatisticsTable('本年度共主动公开政府信息100条。', 'REGULATION_2008')).toBeNull();
    expect(locateStatisticsTable('本年度共收到申请5件。', 'TEMPLATE_2019')).toBeNull();
  });
});
