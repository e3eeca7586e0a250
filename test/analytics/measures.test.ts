import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { importCorpus } from './corpus.js';
import { cellsOf, expectedMeasures } from './expected-measures.js';

// Each report's comparable measures against sums recomputed here from the printed cells, and every
// measure's null reason for each of the four table layouts (the seed: national 2014 table; 03, 05:
// Fujian simplified; 06: 2019 template; 07: 2021 template).
let app: TestApp;
let reports: any[];
beforeAll(async () => {
  app = await startTestApp({ RESPONSE_CACHE: 'false' });
  await importCorpus(app);
  const { reports: page } = await app.data(`{ reports(first: 10, orderBy: YEAR_ASC) { edges { node {
    id year format tableVariant title publishedAt
    tableCells { code raw }
    measures { measure value nullReason note cellCodes }
    timeliness { deadline publishedAt daysLate late }
  } } } }`);
  reports = page.edges.map((e: any) => e.node);
});
afterAll(() => app?.stop());

const valuesOf = (report: any) => Object.fromEntries(report.measures.map((m: any) => [m.measure, m.value]));
const reasonsOf = (report: any) => Object.fromEntries(report.measures.map((m: any) => [m.measure, m.nullReason]));
const byLayout = (variant: string, year: number) => reports.find((r) => r.tableVariant === variant && r.year === year);

describe('comparable measures of each report', () => {
  it('holds the five reports of the three formats', () => {
    expect(reports.map((r) => [r.year, r.format, r.tableVariant])).toEqual([
      [2017, 'REGULATION_2008', 'NATIONAL_2014'],
      [2017, 'REGULATION_2008', 'FUJIAN_SIMPLIFIED'],
      [2018, 'REGULATION_2008', 'FUJIAN_SIMPLIFIED'],
      [2019, 'TEMPLATE_2019', 'NATIONAL_TEMPLATE'],
      [2025, 'TEMPLATE_2021', 'NATIONAL_TEMPLATE'],
    ]);
  });

  it('equals the sums recomputed from the printed cells, for every report', () => {
    for (const report of reports) {
      const cells = cellsOf(report);
      const expected = expectedMeasures(report.tableVariant, cells);
      expect({ title: report.title, ...valuesOf(report) }).toEqual({ title: report.title, ...expected });
    }
  });

  it('gives the figures read by hand from the seed and from 07', () => {
    const stated = (report: any) => Object.fromEntries(Object.entries(valuesOf(report)).filter(([, v]) => v != null));
    expect(stated(byLayout('NATIONAL_2014', 2017))).toEqual({
      APPLICATIONS_RECEIVED: 249, APPLICATIONS_HANDLED: 249, DISCLOSED: 109, PARTLY_DISCLOSED: 17, WITHHELD: 14, UNAVAILABLE: 93,
      CLOSED: 249, CLOSED_ON_TIME: 231, RECONSIDERATIONS: 11, LAWSUITS: 59, APPEALS_DECIDED: 70, APPEALS_CORRECTED: 14,
      PROACTIVE_ITEMS: 12274, PROACTIVE_WEBSITE: 7487, PROACTIVE_GAZETTE: 161, PROACTIVE_WEIBO: 895, PROACTIVE_WECHAT: 3012, PROACTIVE_OTHER: 719,
    });
    expect(stated(byLayout('NATIONAL_TEMPLATE', 2025))).toEqual({
      APPLICATIONS_RECEIVED: 713, APPLICATIONS_HANDLED: 718, DISCLOSED: 294, PARTLY_DISCLOSED: 101, WITHHELD: 32, UNAVAILABLE: 113,
      NOT_PROCESSED: 19, RECONSIDERATIONS: 61, LAWSUITS: 13, APPEALS_DECIDED: 58, APPEALS_CORRECTED: 10,
    });
  });

  it('says why each measure is null, for each format', () => {
    const notIn = 'NOT_IN_FORMAT';
    const given = Object.fromEntries(Object.keys(valuesOf(reports[0])).map((m) => [m, null]));
    expect(reasonsOf(byLayout('NATIONAL_2014', 2017))).toEqual({ ...given, NOT_PROCESSED: notIn });
    const fujian = { ...given, UNAVAILABLE: notIn, NOT_PROCESSED: notIn, CLOSED: notIn, CLOSED_ON_TIME: notIn, APPEALS_DECIDED: notIn, APPEALS_CORRECTED: notIn, PROACTIVE_WEIBO: notIn, PROACTIVE_WECHAT: notIn, PROACTIVE_OTHER: notIn };
    expect(reasonsOf(byLayout('FUJIAN_SIMPLIFIED', 2017))).toEqual(fujian);
    expect(reasonsOf(byLayout('FUJIAN_SIMPLIFIED', 2018))).toEqual(fujian);
    const template = { ...given, CLOSED: notIn, CLOSED_ON_TIME: notIn, PROACTIVE_ITEMS: notIn, PROACTIVE_WEBSITE: notIn, PROACTIVE_GAZETTE: notIn, PROACTIVE_WEIBO: notIn, PROACTIVE_WECHAT: notIn, PROACTIVE_OTHER: notIn };
    expect(reasonsOf(byLayout('NATIONAL_TEMPLATE', 2019))).toEqual(template);
    expect(reasonsOf(byLayout('NATIONAL_TEMPLATE', 2025))).toEqual(template);
    const fujianUnavailable = byLayout('FUJIAN_SIMPLIFIED', 2017).measures.find((m: any) => m.measure === 'UNAVAILABLE');
    expect(fujianUnavailable).toEqual({ measure: 'UNAVAILABLE', value: null, nullReason: notIn, cellCodes: [], note: 'The Fujian table counts 无法提供 inside 其他类型答复数 with every other kind of reply.' });
  });

  it('sets each publication date against its statutory deadline', () => {
    for (const report of reports) {
      const deadline = report.year <= 2018 ? `${report.year + 1}-03-31` : `${report.year + 1}-01-31`;
      const daysLate = report.publishedAt == null ? null : Math.max(0, (Date.parse(report.publishedAt) - Date.parse(deadline)) / 86_400_000);
      expect(report.timeliness).toEqual({ deadline, publishedAt: report.publishedAt, daysLate, late: daysLate == null ? null : daysLate > 0 });
    }
  });
});
