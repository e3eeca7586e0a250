import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRegulation2008Table } from '../../../src/parsers/regulation-2008/detect.js';
import { parseRegulation2008Table } from '../../../src/parsers/regulation-2008/parse-regulation-2008-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { captureError } from './capture-error.js';

const seedText = readFileSync(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8');
const corpus = (name: string) => readFileSync(fromProjectRoot('test', 'fixtures', 'corpus', `${name}.txt`), 'utf8');

describe('telling the 2008-era tables apart', () => {
  it.each([
    ['seeds/linzi-2017 (national table)', seedText, 'NATIONAL_2014'],
    ['03 平潭 2017 (Fujian table)', corpus('03-fj-pingtan-zone-2017'), 'FUJIAN_SIMPLIFIED'],
    ['05 平潭市场监管 2018 (Fujian table)', corpus('05-fj-pingtan-scjg-2018'), 'FUJIAN_SIMPLIFIED'],
    ['06 平潭 2019 (2019 template)', corpus('06-fj-pingtan-zone-2019'), null],
    ['07 沭阳 2025 (2021 template)', corpus('07-js-shuyang-county-2025'), null],
    ['prose naming one section heading', '三、依申请公开情况\n全年共收到申请249件。', null],
  ])('%s', (_name, text, variant) => {
    expect(detectRegulation2008Table(text)).toBe(variant);
  });

  it('routes each text to its parser', () => {
    expect(parseRegulation2008Table(seedText)).toMatchObject({ tableVariant: 'NATIONAL_2014', title: '临淄区2017年度政府信息公开工作情况统计表' });
    expect(parseRegulation2008Table(seedText).cells).toHaveLength(82);
    expect(parseRegulation2008Table(corpus('05-fj-pingtan-scjg-2018'))).toMatchObject({ tableVariant: 'FUJIAN_SIMPLIFIED', title: '附表' });
  });
});

describe('texts without a usable table fail with a TableParseError a person can act on', () => {
  it('empty text, or only whitespace', () => {
    for (const text of ['', ' \n\t\n　']) {
      const error = captureError(() => parseRegulation2008Table(text));
      expect(error.message).toBe('the text is empty: there is no report to read a statistics table from');
      expect(error.code).toBe('TABLE_PARSE_FAILED');
    }
  });

  it('a report with no table (a 2019-template report)', () => {
    const error = captureError(() => parseRegulation2008Table(corpus('06-fj-pingtan-zone-2019')));
    expect(error.message).toContain('no 2008-regulation statistics table found');
    expect(error.line).toBeNull();
  });

  it('the seed’s table truncated halfway (after line 632)', () => {
    const half = seedText.split('\n').slice(0, 632).join('\n');
    const error = captureError(() => parseRegulation2008Table(half));
    expect(error.line).toBe(630);
    expect(error.message).toMatch(/^line 630: the national table stops after row "法律法规规定的其他情形" \(line 630\); sections 四、行政复议数量 .* are missing — the text looks truncated/);
  });

  it('the seed’s table cut off inside its first section (after line 492) is still recognised, and called truncated', () => {
    const error = captureError(() => parseRegulation2008Table(seedText.split('\n').slice(0, 492).join('\n')));
    expect(error.line).toBe(490);
    expect(error.message).toContain('sections 二、回应解读情况');
  });

  it('binary garbage (random bytes, and a PDF read as text)', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Length 5 >>\nstream\n\u0000\u0001\u0002x\u009c\nendstream']) {
      const error = captureError(() => parseRegulation2008Table(text));
      expect(error.message).toContain('the input is not text');
      expect(error.message).toContain('extract the report to UTF-8 text');
      expect(error.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('never hangs on long lines built to make regular expressions backtrack', () => {
    const n = 200_000;
    const head = '统计指标\t单位\t统计数\n一、主动公开情况\t\t\n（一）主动公开政府信息数\t条\t1\n二、回应解读情况\t\t\n';
    const texts = [
      head + '（'.repeat(n),
      head + '1.'.repeat(n),
      head + '主 '.repeat(n) + '件 1',
      head + '|'.repeat(n) + 'a',
      '指' + ' '.repeat(n) + '标名称',
      '指标名称计量单位2017年度历年累计' + '其中：1、'.repeat(n),
      '指标名称计量单位2017年度历年累计主动公开文件数条' + '1'.repeat(n),
    ];
    const started = Date.now();
    for (const text of texts) expect(() => parseRegulation2008Table(text)).toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
