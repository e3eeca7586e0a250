import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, findQuantities } from '../../../src/parsers/prose/numbers.js';

const read = (s: string) => findQuantities(s).map((q) => `${q.value}${q.unit}${q.chinese ? '(zh)' : ''}`);

describe('counted numbers in a sentence', () => {
  it('reads ASCII and full-width digits, decimals and ％', () => {
    expect(read('本年度共主动公开政府信息12274条，同比增长81.24％。')).toEqual(['12274条', '81.24%']);
    expect(read('全年共受理政府信息公开申请２３件')).toEqual(['23件']);
    expect(read('约占1.31%；占比超八成')).toEqual(['1.31%']);
  });

  it('keeps the printed number before 余 and 多, and folds 万 into the value', () => {
    expect(read('2017年共发布信息680余条，日均2条。')).toEqual(['680条', '2条']);
    expect(read('累计公布网上信息1000多条，访问量1.2万人次，经费8万元')).toEqual(['1000条', '12000人次', '8万元']);
  });

  it('allows the spaces OCR puts between number and counter', () => {
    expect(read('全县全年共受理政府信息公开申请 749 件')).toEqual(['749件']);
  });

  it('reads counts in Chinese numerals, but not articles, idioms, ordinals or list marks', () => {
    expect(read('每个单位设有两个账号，一个账号负责信息录入，另一个账号负责保密审核')).toEqual(['2个(zh)']);
    expect(read('划分为…五个阶段；二十三个单位；千家万户；第二十条第（一）项；一是加强；属于三类内部事务信息')).toEqual([
      '5个(zh)',
      '23个(zh)',
    ]);
  });

  it('does not read years, dates as counts, document numbers, phone numbers or durations', () => {
    expect(read('2017年1月1日到12月31日，临政办发〔2017〕10号，电话：0533-7211070，15个工作日内答复，第3期')).toEqual([
      '1日',
      '31日',
    ]);
    expect(read('pzxxgkb＠163.com，H5页面，PM2.5')).toEqual([]);
  });

  it('values Chinese numerals', () => {
    expect([chineseNumeralValue('两'), chineseNumeralValue('十二'), chineseNumeralValue('二十三'), chineseNumeralValue('一百零五')]).toEqual([
      2, 12, 23, 105,
    ]);
    expect(chineseNumeralValue('三万二千')).toBe(32000);
  });
});
