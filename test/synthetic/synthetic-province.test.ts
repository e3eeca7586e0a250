import { describe, expect, it } from 'vitest';
import { loadReportDocument } from '../../src/report-document/load-report-document.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { planProvince, SCALES } from '../../scripts/synthetic/province-plan.js';
import { syntheticDocument } from '../../scripts/synthetic/synthetic-document.js';
import { syntheticIssues } from '../../scripts/synthetic/synthetic-issues.js';

describe('the synthetic province', () => {
  it('has the size the benchmark asks for: 16 cities, 140 counties, about 3,000 governments and departments, about 500 reports a year', () => {
    const governments = planProvince(SCALES.province);
    const levels = governments.map((g) => g.regionPath.at(-1)!.level);
    expect([levels.filter((l) => l === 'PROVINCE').length, levels.filter((l) => l === 'CITY').length, levels.filter((l) => l === 'COUNTY').length]).toEqual([1, 16, 140]);
    expect(governments.length + governments.reduce((n, g) => n + g.departments.length, 0)).toBe(157 + 157 * 19);
    expect(syntheticIssues(SCALES.province, [2017])).toHaveLength(157 * 3);
    expect(governments.filter((g) => g.inPilot)).toHaveLength(30);
  });

  it('uses only codes GB/T 2260 leaves unused (99…) and names that say 合成, each code once', () => {
    const governments = planProvince(SCALES.province);
    const codes = governments.map((g) => g.regionPath.at(-1)!.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^99\d{4}$/.test(c))).toBe(true);
    expect(governments.every((g) => g.name.startsWith('合成'))).toBe(true);
  });

  it('is the same every time', () => {
    const factors = (seed?: number) => syntheticIssues(SCALES.tiny, [2016, 2017], seed).map((i) => i.factor);
    expect(factors()).toEqual(factors());
    expect(factors()).toHaveLength(4 * 2 * 2);
    expect(factors(7)).not.toEqual(factors());
  });
});

describe('a synthetic report', async () => {
  const template = await loadReportDocument(fromProjectRoot('seeds', 'linzi-2017.json'));
  const [county] = planProvince(SCALES.tiny).filter((g) => g.inPilot);
  const doc = syntheticDocument(template, { government: county, department: null, year: 2015, factor: 3 });

  it('scales every count of the seed by its factor, so the seed’s table identities hold in it too', () => {
    expect(doc.table.cells.map((c) => c.value)).toEqual(template.table.cells.map((c) => (c.value === null || c.unit === '%' ? c.value : c.value * 3)));
    expect(doc.channels.map((c) => c.items)).toEqual(template.channels.map((c) => c.items * 3));
    expect(doc.keyDomains.map((k) => k.items)).toEqual(template.keyDomains.map((k) => (k.items === null ? null : k.items * 3)));
  });

  it('names the synthetic body, year and source, and nothing of the real report’s people or places', () => {
    expect(doc.title).toBe('合成1县人民政府2015年度政府信息公开工作年度报告');
    expect(doc.issuer.government.regionPath.map((r) => r.code)).toEqual(['990000', '990100', '990101']);
    expect(doc.period).toEqual({ start: '2015-01-01', end: '2015-12-31' });
    expect(doc.source.url).toBe('https://synthetic.invalid/disclosure-gateway/990101/2015/%E5%90%88%E6%88%901%E5%8E%BF%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C');
    expect(doc.officialInCharge).toBeNull();
    expect(doc.channelAccounts).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/临淄|刘在东|linzi/);
    expect(doc.pilot?.programme).toBe('合成省基层政务公开标准化规范化试点');
    expect(doc.pilot?.areas.every((a) => county.departments.includes(a.leadDepartment))).toBe(true);
  });

  it('gives a department’s report its department as issuer and no pilot', () => {
    const own = syntheticDocument(template, { government: county, department: county.departments[0], year: 2015, factor: 1 });
    expect([own.title, own.issuer.department, own.pilot]).toEqual(['县财政局2015年度政府信息公开工作年度报告', '县财政局', null]);
  });
});
