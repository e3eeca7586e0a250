import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { chineseOrdinal } from '../../../src/ingest/pipeline/report-sections.js';
import { readReportMetadata, ReportMetadataError } from '../../../src/ingest/pipeline/report-metadata.js';
import { fromProjectRoot } from '../../../src/project-root.js';

const read = (...path: string[]) => readFile(fromProjectRoot(...path), 'utf8');

describe('report metadata', () => {
  it('reads the seed’s two-line title, issuer, year and period', async () => {
    const metadata = readReportMetadata(await read('seeds', 'linzi-2017.txt'));
    expect({ ...metadata, sections: undefined }).toEqual({
      title: '临淄区人民政府2017年度政府信息公开工作年度报告',
      issuingBody: '临淄区人民政府',
      year: 2017,
      period: { start: '2017-01-01', end: '2017-12-31' },
      // The seed's text ends with its table: no date is stated.
      publishedAt: null,
      sections: undefined,
    });
  });

  it.each(['03-fj-pingtan-zone-2017', '05-fj-pingtan-scjg-2018', '06-fj-pingtan-zone-2019', '07-js-shuyang-county-2025'])(
    'reads the publication date of corpus %s as its .expected.json has it',
    async (name) => {
      const expected = JSON.parse(await read('test', 'fixtures', 'corpus', `${name}.expected.json`)) as { published: string };
      expect(readReportMetadata(await read('test', 'fixtures', 'corpus', `${name}.txt`)).publishedAt).toBe(expected.published);
    },
  );

  it.each([
    ['a portal line above the title', '发布日期：2021/01/29\n', '', '2021-01-29'],
    ['a closing date in Chinese numerals', '', '某某县人民政府\n二〇二一年一月二十九日\n', '2021-01-29'],
    ['a closing date in digits, with blank lines after it', '', '某某县人民政府\n2021年1月29日\n\n\n', '2021-01-29'],
    ['a date three years on', '', '2023年1月29日\n', null],
    ['a date before the year reported on', '发布时间: 2019-12-01 09:00\n', '', null],
    ['a date inside a sentence', '', '本报告于2021年1月29日发布。\n', null],
    ['no real day', '', '2021年2月30日\n', null],
  ])('publication date from %s', (_, head, tail, expected) => {
    const text = `${head}某某县人民政府2020年度政府信息公开工作年度报告\n一、总体情况\n内容\n${tail}`;
    expect(readReportMetadata(text).publishedAt).toBe(expected);
  });

  it('finds the seed’s 13 sections with the headings, texts and line spans of seeds/linzi-2017.json', async () => {
    const expected = JSON.parse(await read('seeds', 'linzi-2017.json')).sections;
    const { sections } = readReportMetadata(await read('seeds', 'linzi-2017.txt'));
    expect(sections).toHaveLength(13);
    expect(sections.map(({ ordinal, heading, lines }) => ({ ordinal, heading, lines }))).toEqual(
      expected.map(({ ordinal, heading, lines }: typeof sections[number]) => ({ ordinal, heading, lines })),
    );
    expect(sections.map((s) => s.text)).toEqual(expected.map((s: { text: string }) => s.text));
  });

  it.each([
    ['03-fj-pingtan-zone-2017.txt', '平潭综合实验区', 2017, '2017'],
    ['05-fj-pingtan-scjg-2018.txt', '平潭综合实验区市场监督管理局', 2018, '2018'],
    ['06-fj-pingtan-zone-2019.txt', '平潭综合实验区', 2019, '2019'],
    // OCR prints 沭 as 沐 throughout; the name is kept as printed.
    ['07-js-shuyang-county-2025.txt', '沐阳县人民政府', 2025, '2025'],
  ])('reads the issuer and year of corpus %s', async (file, body, year, periodYear) => {
    const metadata = readReportMetadata(await read('test', 'fixtures', 'corpus', file));
    expect(metadata.issuingBody).toBe(body);
    expect(metadata.year).toBe(year);
    expect(metadata.period).toEqual({ start: `${periodYear}-01-01`, end: `${periodYear}-12-31` });
  });

  it('reads markdown headings and skips sub-headings that restart the numbering', async () => {
    const { sections, title } = readReportMetadata(await read('test', 'fixtures', 'corpus', '07-js-shuyang-county-2025.txt'));
    expect(title).toBe('沐阳县人民政府 2025 年 政府信息公开工作年度报告');
    expect(sections.map((s) => [s.ordinal, s.heading, s.lines.start])).toEqual([
      [1, '总体情况', 8],
      [2, '主动公开政府信息情况', 53],
      [3, '收到和处理政府信息公开申请情况', 77],
      [4, '政府信息公开行政复议、行政诉讼情况', 158],
      [5, '政府信息公开工作存在的主要问题及改进情况', 175],
      [6, '其他需要报告的事项', 184],
    ]);
  });

  it.each([
    ['03-fj-pingtan-zone-2017', ['概述', '主动公开政府信息情况', '政府信息依申请公开工作情况', '因政府信息公开申请行政复议、提起行政诉讼的情况', '存在的主要问题和改进措施', '政府信息公开情况统计表'], [1, 2, 3, 4, 5, 6]],
    ['05-fj-pingtan-scjg-2018', ['概述', '主动公开政府信息情况', '政府信息依申请公开办理情况', '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开工作存在的主要问题及改进措施', '附表'], [1, 2, 3, 4, 5, 6]],
    ['06-fj-pingtan-zone-2019', ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'], [1, 2, 3, 4, 5, 6]],
  ])('finds the sections of %s, whose page was flattened into one line, by their standard headings', async (name, headings, ordinals) => {
    const { sections } = readReportMetadata(await read('test', 'fixtures', 'corpus', `${name}.txt`));
    expect(sections.map((s) => s.heading)).toEqual(headings);
    expect(sections.map((s) => s.ordinal)).toEqual(ordinals);
    expect(new Set(sections.map((s) => s.lines.start))).toEqual(new Set([10]));
  });

  it('takes a flattened section’s text up to the next heading, and skips numbered table rows that are no heading', () => {
    const text = '某某县人民政府2019年度政府信息公开工作年度报告\n一、总体情况2019年，我县…… 三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 5 三、本年度办理结果 四、结转下年度继续办理 0 四、政府信息公开行政复议、行政诉讼情况 无。六、其他需要报告的事项 无其他需要报告的事项\n';
    expect(readReportMetadata(text).sections).toEqual([
      { ordinal: 1, heading: '总体情况', text: '2019年，我县……', lines: { start: 2, end: 2 } },
      { ordinal: 3, heading: '收到和处理政府信息公开申请情况', text: '一、本年新收政府信息公开申请数量 5 三、本年度办理结果 四、结转下年度继续办理 0', lines: { start: 2, end: 2 } },
      { ordinal: 4, heading: '政府信息公开行政复议、行政诉讼情况', text: '无。', lines: { start: 2, end: 2 } },
      { ordinal: 6, heading: '其他需要报告的事项', text: '无其他需要报告的事项', lines: { start: 2, end: 2 } },
    ]);
  });

  it('reads a title given with a # and a period given with 统计期限为', () => {
    const text = '# 某某市人民政府2020年度政府信息公开工作年度报告\n\n本报告统计期限为2020年1月1日至2020年12月31日。\n\n## 一、总体情况\n内容\n\n二、其他\n更多\n';
    expect(readReportMetadata(text)).toEqual({
      title: '某某市人民政府2020年度政府信息公开工作年度报告',
      issuingBody: '某某市人民政府',
      year: 2020,
      period: { start: '2020-01-01', end: '2020-12-31' },
      publishedAt: null,
      sections: [
        { ordinal: 1, heading: '总体情况', text: '内容', lines: { start: 5, end: 6 } },
        { ordinal: 2, heading: '其他', text: '更多', lines: { start: 8, end: 9 } },
      ],
    });
  });

  it('treats a period that names no real date as not stated', () => {
    const title = '某某县人民政府2017年度政府信息公开工作年度报告\n';
    expect(readReportMetadata(`${title}所列数据统计期限从2619年1月9日到16月32日。`).period).toBeNull();
    expect(readReportMetadata(`${title}所列数据统计期限从2017年2月29日到12月31日。`).period).toBeNull();
    expect(readReportMetadata(`${title}所列数据统计期限从2017年12月31日到1月1日。`).period).toBeNull();
    expect(readReportMetadata(`${title}所列数据统计期限从2016年2月29日到12月31日。`).period).toEqual({ start: '2016-02-29', end: '2016-12-31' });
  });

  it('rejects a text without a report title', () => {
    expect(() => readReportMetadata('一、概述\n没有标题')).toThrow(ReportMetadataError);
  });

  it('reads Chinese ordinals up to the twenties', () => {
    expect(['一', '九', '十', '十三', '二十', '二十一', '十十', '二'].map(chineseOrdinal)).toEqual([1, 9, 10, 13, 20, 21, null, 2]);
  });
});
