import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { planProvince, SCALES } from '../../scripts/synthetic/province-plan.js';
import { seedSyntheticProvince } from '../../scripts/synthetic/seed-province.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { importCorpus } from './corpus.js';
import { cellsOf, expectedMeasures } from './expected-measures.js';

// reportStatistics over the seed, the four corpus reports and a tiny synthetic province (4
// governments with a department each, 2016 and 2017): every sum, rate, year-over-year change and
// rank recomputed here from the printed cells of the reports, and its SQL statement count.
let app: TestApp;
let reports: { id: string; year: number; regionCode: string; regionName: string; regionLevel: string; format: string; bodyType: string; measures: Record<string, number | null> }[];

beforeAll(async () => {
  // The on-time rate's red threshold is raised from the default 0.9; every other threshold is the default.
  app = await startTestApp({ RESPONSE_CACHE: 'false', INDICATOR_THRESHOLDS: '{"ON_TIME_RATE":{"red":0.95}}' });
  await importCorpus(app);
  await seedSyntheticProvince(app.database, { scale: SCALES.tiny, years: [2016, 2017], jobs: 1, progress: false });
  const { reports: page } = await app.data(`{ reports(first: 100) { edges { node {
    id year format tableVariant department { id } government { region { code name level } } tableCells { code raw }
  } } } }`);
  reports = page.edges.map(({ node }: any) => ({
    id: node.id, year: node.year, format: node.format,
    regionCode: node.government.region.code, regionName: node.government.region.name, regionLevel: node.government.region.level,
    bodyType: node.department ? 'DEPARTMENT' : 'GOVERNMENT',
    measures: expectedMeasures(node.tableVariant, cellsOf(node)),
  }));
}, 120_000);
afterAll(() => app?.stop());

const RATES: Record<string, [string[], string[]]> = {
  SUBSTANTIVE_DISCLOSURE_RATE: [['DISCLOSED', 'PARTLY_DISCLOSED'], ['APPLICATIONS_HANDLED']],
  ON_TIME_RATE: [['CLOSED_ON_TIME'], ['CLOSED']],
  APPEAL_CORRECTION_RATE: [['APPEALS_CORRECTED'], ['APPEALS_DECIDED']],
  WEBSITE_SHARE: [['PROACTIVE_WEBSITE'], ['PROACTIVE_ITEMS']],
  GAZETTE_SHARE: [['PROACTIVE_GAZETTE'], ['PROACTIVE_ITEMS']],
  WEIBO_SHARE: [['PROACTIVE_WEIBO'], ['PROACTIVE_ITEMS']],
  WECHAT_SHARE: [['PROACTIVE_WECHAT'], ['PROACTIVE_ITEMS']],
  OTHER_CHANNEL_SHARE: [['PROACTIVE_OTHER'], ['PROACTIVE_ITEMS']],
};

type Report = (typeof reports)[number];
const sum = (values: (number | null)[]) => (values.some((v) => v != null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null);

/** A group's sums and rates, from its reports' recomputed measures. */
function totals(group: Report[]) {
  const measures = Object.fromEntries(Object.keys(group[0].measures).map((m) => [m, sum(group.map((r) => r.measures[m]))]));
  const rates = Object.fromEntries(Object.entries(RATES).map(([rate, [num, den]]) => {
    const counted = group.filter((r) => [...num, ...den].every((m) => r.measures[m] != null));
    const numerator = sum(counted.map((r) => sum(num.map((m) => r.measures[m]))));
    const denominator = sum(counted.map((r) => sum(den.map((m) => r.measures[m]))));
    return [rate, { value: numerator != null && denominator ? numerator / denominator : null, numerator, denominator, reportsCounted: counted.length }];
  }));
  return { measures, rates };
}

const QUERY = `query Stats($filter: StatisticsFilter, $groupBy: [StatisticsDimension!]!, $rankByRate: Rate) {
  reportStatistics(filter: $filter, groupBy: $groupBy, rankByRate: $rankByRate) {
    regionCode regionName regionLevel year format bodyType reportCount rank
    measures { measure value reportsWithValue nullReason previousYearValue change }
    rates { rate value numerator denominator reportsCounted nullReason previousYearValue change }
    reports(first: 100) { totalCount edges { node { id } } }
  }
}`;

const asMap = (list: any[], key: string) => Object.fromEntries(list.map((item) => [item[key], item]));

describe('reportStatistics', () => {
  it('groups by region and year with sums, rates from sums, year-over-year change and rank within the year', async () => {
    const { reportStatistics: rows } = await app.data(QUERY, { groupBy: ['REGION', 'YEAR'] });
    const keys = [...new Set(reports.map((r) => `${r.regionCode}|${r.year}`))].sort();
    expect(rows.map((row: any) => `${row.regionCode}|${row.year}`)).toEqual(keys);
    const groupOf = (code: string, year: number) => reports.filter((r) => r.regionCode === code && r.year === year);
    for (const row of rows) {
      const group = groupOf(row.regionCode, row.year);
      const { measures, rates } = totals(group);
      const before = groupOf(row.regionCode, row.year - 1);
      const previous = before.length ? totals(before) : null;
      expect(row.reportCount).toBe(group.length);
      expect(row.reports.edges.map((e: any) => e.node.id).sort()).toEqual(group.map((r) => r.id).sort());
      for (const [measure, value] of Object.entries(measures)) {
        const prev = previous?.measures[measure] ?? null;
        expect({ measure, ...asMap(row.measures, 'measure')[measure] }).toMatchObject({
          measure, value, reportsWithValue: group.filter((r) => r.measures[measure] != null).length,
          previousYearValue: prev, change: value != null && prev != null ? value - prev : null,
        });
      }
      for (const [rate, expected] of Object.entries(rates)) {
        const prev = previous?.rates[rate].value ?? null;
        expect({ rate, ...asMap(row.rates, 'rate')[rate] }).toMatchObject({
          rate, ...expected, previousYearValue: prev, change: expected.value != null && prev != null ? expected.value - prev : null,
        });
      }
      const received = (r: any) => asMap(r.measures, 'measure').APPLICATIONS_RECEIVED.value;
      const sameYear = rows.filter((other: any) => other.year === row.year);
      expect(row.rank).toBe(received(row) == null ? null : 1 + sameYear.filter((other: any) => (received(other) ?? -1) > received(row)).length);
    }
  });

  it('gives the 2017 synthetic province its summed figures and 2016’s as the previous year', async () => {
    const { reportStatistics: [row] } = await app.data(QUERY, { filter: { regionCode: '990000', yearFrom: 2017 }, groupBy: ['YEAR'] });
    const province = (year: number) => reports.filter((r) => r.regionCode.startsWith('99') && r.year === year);
    expect(province(2017)).toHaveLength(8);
    const now = totals(province(2017));
    const then = totals(province(2016));
    expect(row.year).toBe(2017);
    expect(row.reportCount).toBe(8);
    const received = asMap(row.measures, 'measure').APPLICATIONS_RECEIVED;
    expect(received).toEqual({
      measure: 'APPLICATIONS_RECEIVED', value: now.measures.APPLICATIONS_RECEIVED, reportsWithValue: 8, nullReason: null,
      previousYearValue: then.measures.APPLICATIONS_RECEIVED, change: now.measures.APPLICATIONS_RECEIVED! - then.measures.APPLICATIONS_RECEIVED!,
    });
    const { reportStatistics: bodies } = await app.data(QUERY, { filter: { regionCode: '990000', yearFrom: 2017, yearTo: 2017 }, groupBy: ['BODY_TYPE', 'REGION_LEVEL'] });
    const expectedBodies = [...new Set(province(2017).map((r) => `${r.bodyType}|${r.regionLevel}`))].sort();
    expect(bodies.map((b: any) => `${b.bodyType}|${b.regionLevel}`)).toEqual(expectedBodies);
    for (const b of bodies) {
      const members = province(2017).filter((r) => r.bodyType === b.bodyType && r.regionLevel === b.regionLevel);
      expect([b.reportCount, asMap(b.measures, 'measure').DISCLOSED.value]).toEqual([members.length, totals(members).measures.DISCLOSED]);
    }
    // The national 2014 table has no 不予处理: null, and why.
    expect(asMap(row.measures, 'measure').NOT_PROCESSED).toEqual({ measure: 'NOT_PROCESSED', value: null, reportsWithValue: 0, nullReason: 'NOT_IN_FORMAT', previousYearValue: null, change: null });
  });

  it('counts a rate only over reports that give both sides, and says why a format gives none', async () => {
    const { reportStatistics: rows } = await app.data(QUERY, { filter: { regionCode: '350000' }, groupBy: ['FORMAT'] });
    const byFormat = asMap(rows, 'format');
    expect(Object.keys(byFormat)).toEqual(['REGULATION_2008', 'TEMPLATE_2019', 'TEMPLATE_2021']);
    // Fujian tables have no closure rows; the templates have no timeliness at all.
    expect(asMap(byFormat.REGULATION_2008.rates, 'rate').ON_TIME_RATE).toMatchObject({ value: null, reportsCounted: 0, nullReason: 'NOT_IN_FORMAT' });
    expect(asMap(byFormat.TEMPLATE_2021.rates, 'rate').SUBSTANTIVE_DISCLOSURE_RATE).toMatchObject({ value: (294 + 101) / 718, numerator: 395, denominator: 718, reportsCounted: 1 });
    // 平潭 2017 handled no application: a zero denominator, not a rate of 0.
    const fujian2017 = (await app.data(QUERY, { filter: { regionCode: '350000', yearTo: 2017 }, groupBy: [] })).reportStatistics[0];
    expect(asMap(fujian2017.rates, 'rate').SUBSTANTIVE_DISCLOSURE_RATE).toMatchObject({ value: null, numerator: 0, denominator: 0, reportsCounted: 1, nullReason: 'ZERO_DENOMINATOR' });
  });

  it('ranks by a rate when asked', async () => {
    const { reportStatistics: rows } = await app.data(QUERY, { filter: { yearFrom: 2017, yearTo: 2017 }, groupBy: ['REGION'], rankByRate: 'ON_TIME_RATE' });
    const onTime = (row: any) => asMap(row.rates, 'rate').ON_TIME_RATE.value;
    for (const row of rows) expect(row.rank).toBe(onTime(row) == null ? null : 1 + rows.filter((o: any) => (onTime(o) ?? -1) > onTime(row)).length);
    expect(rows.filter((row: any) => row.rank === 1).length).toBeGreaterThan(0);
  });

  it('costs the same SQL statements for one group of one report as for every group with its reports', async () => {
    const one = await app.graphql(QUERY, { filter: { regionCode: '370000' }, groupBy: ['REGION', 'YEAR'] });
    const many = await app.graphql(QUERY, { groupBy: ['REGION', 'YEAR'] });
    expect((one.body.data as any).reportStatistics).toHaveLength(1);
    expect((many.body.data as any).reportStatistics.length).toBeGreaterThan(8);
    // the statistics, then the reports behind every group in one batch
    expect([one.sqlStatements, many.sqlStatements]).toEqual([2, 2]);
  });

  it('refuses a dimension named twice, two rank keys and years the wrong way round', async () => {
    const refusal = async (variables: Record<string, unknown>, extra = '') => {
      const { body } = await app.graphql(`query($filter: StatisticsFilter, $groupBy: [StatisticsDimension!]!) { reportStatistics(filter: $filter, groupBy: $groupBy${extra}) { reportCount } }`, variables);
      return body.errors?.map((e) => [e.extensions?.code, e.extensions?.argumentName, e.message]);
    };
    expect(await refusal({ groupBy: ['YEAR', 'YEAR'] })).toEqual([['BAD_USER_INPUT', 'groupBy', '"groupBy" names a dimension twice: YEAR, YEAR. Give each once.']]);
    expect(await refusal({ groupBy: [] }, ', rankByMeasure: CLOSED, rankByRate: ON_TIME_RATE')).toEqual([['BAD_USER_INPUT', 'rankByRate', 'Give "rankByMeasure" or "rankByRate", not both.']]);
    expect(await refusal({ groupBy: [], filter: { yearFrom: 2019, yearTo: 2018 } })).toEqual([['BAD_USER_INPUT', 'filter', '"yearFrom" 2019 is after "yearTo" 2018.']]);
  });

  it('rates each indicator against its thresholds, and below the minimum sample not at all', async () => {
    const { reportStatistics: rows } = await app.data(`{ reportStatistics(filter: { regionCode: "370305" }, groupBy: [REGION]) {
      indicators { indicator value sampleSize status nullReason red yellow higherIsBetter minSample } } }`);
    const seed = asMap(rows[0].indicators, 'indicator');
    expect(seed.SUBSTANTIVE_DISCLOSURE_RATE).toEqual({ indicator: 'SUBSTANTIVE_DISCLOSURE_RATE', value: 126 / 249, sampleSize: 249, status: 'GREEN', nullReason: null, red: 0.3, yellow: 0.5, higherIsBetter: true, minSample: 10 });
    // 231 of 249 on time is 92.8 %: red under the raised threshold of 95 %.
    expect(seed.ON_TIME_RATE).toMatchObject({ value: 231 / 249, status: 'RED', red: 0.95, yellow: 0.98 });
    // 14 of 70 appeals corrected is exactly the red 20 %: lower is better, so it is red.
    expect(seed.APPEAL_CORRECTION_RATE).toMatchObject({ value: 0.2, sampleSize: 70, status: 'RED', higherIsBetter: false });
    expect(seed.WEBSITE_SHARE).toMatchObject({ value: 7487 / 12274, status: 'GREEN' });
    expect(seed.GAZETTE_SHARE).toMatchObject({ value: 161 / 12274, status: 'NO_THRESHOLD', red: null, yellow: null });

    // 平潭市场监督管理局 2018 handled 2 applications: below the minimum of 10.
    const { reportStatistics: [department] } = await app.data(`{ reportStatistics(filter: { regionCode: "350000", yearFrom: 2018, yearTo: 2018 }, groupBy: []) {
      reportCount indicators { indicator value sampleSize status nullReason } } }`);
    expect(department.reportCount).toBe(1);
    expect(asMap(department.indicators, 'indicator').SUBSTANTIVE_DISCLOSURE_RATE).toEqual({ indicator: 'SUBSTANTIVE_DISCLOSURE_RATE', value: 0.5, sampleSize: 2, status: 'NOT_ASSESSABLE', nullReason: null });
    expect(asMap(department.indicators, 'indicator').ON_TIME_RATE).toEqual({ indicator: 'ON_TIME_RATE', value: null, sampleSize: null, status: 'NOT_ASSESSABLE', nullReason: 'NOT_IN_FORMAT' });
  });

  it('reads INDICATOR_THRESHOLDS over the defaults and refuses a malformed one', () => {
    const thresholds = loadConfig({ INDICATOR_THRESHOLDS: '{"WECHAT_SHARE":{"red":0.1,"yellow":0.2}}' }).INDICATOR_THRESHOLDS;
    expect(thresholds.WECHAT_SHARE).toEqual({ red: 0.1, yellow: 0.2, minSample: 100, higherIsBetter: true });
    expect(thresholds.ON_TIME_RATE).toEqual({ red: 0.9, yellow: 0.98, minSample: 10, higherIsBetter: true });
    expect(() => loadConfig({ INDICATOR_THRESHOLDS: '{"ON_TIME_RATE":{"red":2}}' })).toThrow(ConfigError);
    expect(() => loadConfig({ INDICATOR_THRESHOLDS: 'red=0.9' })).toThrow(/INDICATOR_THRESHOLDS must be a JSON object/);
  });

  it('lists the bodies under a region with and without a report for the year', async () => {
    const coverage = `query($year: Int!) { reportCoverage(regionCode: "990000", year: $year) {
      regionCode year bodies published rate
      missing { name regionCode published report { id } }
      publishedBodies { name regionCode published report { id year title } }
    } }`;
    const plan = planProvince(SCALES.tiny);
    const bodies = plan.flatMap((g) => [g.name, ...g.departments]);
    const reporting = plan.flatMap((g) => [g.name, ...g.departments.slice(0, SCALES.tiny.reportingDepartmentsPerGovernment)]);
    const one = await app.graphql(coverage, { year: 2017 });
    const { reportCoverage: c2017 } = one.body.data as any;
    expect([c2017.bodies, c2017.published, c2017.rate]).toEqual([bodies.length, reporting.length, reporting.length / bodies.length]);
    expect(c2017.publishedBodies.map((b: any) => b.name).sort()).toEqual([...reporting].sort());
    expect(c2017.missing.map((b: any) => b.name).sort()).toEqual(bodies.filter((b) => !reporting.includes(b)).sort());
    expect(c2017.missing.every((b: any) => b.published === false && b.report === null)).toBe(true);
    expect(c2017.publishedBodies.every((b: any) => b.published && b.report.year === 2017)).toBe(true);
    // the coverage, then every report in one batch
    expect(one.sqlStatements).toBe(2);
    const { reportCoverage: c2018 } = await app.data(coverage, { year: 2018 });
    expect([c2018.bodies, c2018.published, c2018.publishedBodies]).toEqual([bodies.length, 0, []]);
  });

  it('finds reports published after the statutory deadline', async () => {
    const em = app.database.orm.em.fork();
    const dates = async () => (await app.data(`{ reports(first: 100, filter: { regionCode: "990000" }) { edges { node { id year publishedAt } } } }`)).reports.edges.map((e: any) => e.node);
    const before = await dates();
    const [of2016, of2017] = before.filter((r: any) => reports.find((x) => x.id === r.id)!.bodyType === 'GOVERNMENT' && reports.find((x) => x.id === r.id)!.regionCode === '990000').sort((a: any, b: any) => a.year - b.year);
    expect([of2016.year, of2017.year]).toEqual([2016, 2017]);
    // 2016 is due 2017-03-31 (the 2008 regulation's 31 March); 2017 is due 2018-03-31, so that day itself is on time.
    await em.getConnection().execute(`update report set published_at = case id when ? then date '2017-04-10' else date '2018-03-31' end where id in (?, ?)`, [Number(of2016.id), Number(of2016.id), Number(of2017.id)]);
    try {
      const after = await dates();
      const deadline = (year: number) => Date.parse(year <= 2018 ? `${year + 1}-03-31` : `${year + 1}-01-31`);
      const daysLate = (r: any) => (r.publishedAt == null ? null : Math.max(0, (Date.parse(r.publishedAt) - deadline(r.year)) / 86_400_000));
      const lateOnes = after.filter((r: any) => (daysLate(r) ?? 0) > 0).sort((a: any, b: any) => daysLate(b)! - daysLate(a)! || Number(a.id) - Number(b.id));
      expect(lateOnes.map((r: any) => r.id)).toContain(of2016.id);
      const { lateReports, reportStatistics } = await app.data(`{
        lateReports(filter: { regionCode: "990000" }, first: 100) { totalCount edges { node { id timeliness { deadline publishedAt daysLate late } } } }
        reportStatistics(filter: { regionCode: "990000" }, groupBy: [YEAR]) { year datedReports lateReports }
      }`);
      expect(lateReports.totalCount).toBe(lateOnes.length);
      expect(lateReports.edges.map((e: any) => e.node.id)).toEqual(lateOnes.map((r: any) => r.id));
      expect(lateReports.edges.find((e: any) => e.node.id === of2016.id).node.timeliness).toEqual({ deadline: '2017-03-31', publishedAt: '2017-04-10', daysLate: 10, late: true });
      expect(reportStatistics).toEqual([2016, 2017].map((year) => ({
        year,
        datedReports: after.filter((r: any) => r.year === year && r.publishedAt != null).length,
        lateReports: lateOnes.filter((r: any) => r.year === year).length,
      })));
    } finally {
      for (const r of [of2016, of2017]) await em.getConnection().execute(`update report set published_at = ? where id = ?`, [r.publishedAt, Number(r.id)]);
    }
  });

  it('exports the same statistics as CSV with a BOM and Chinese headers with English keys', async () => {
    const response = await fetch(new URL('/export/statistics.csv?groupBy=REGION,YEAR&regionCode=990000', app.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(lines[0].slice(0, 8)).toEqual(['行政区划级别 (region_level)', '行政区划代码 (region_code)', '行政区划名称 (region_name)', '报告年度 (year)', '统计表格式 (format)', '发布主体类型 (body_type)', '报告数 (report_count)', '逾期发布报告数 (late_reports)']);
    expect(lines[0]).toContain('本年收到申请数 (applications_received)');
    const { reportStatistics: rows } = await app.data(QUERY, { filter: { regionCode: '990000' }, groupBy: ['REGION', 'YEAR'] });
    const column = (key: string) => lines[0].findIndex((h) => h.endsWith(`(${key})`));
    expect(lines.slice(1).map((l) => [l[column('region_code')], Number(l[column('year')]), Number(l[column('report_count')]), Number(l[column('applications_received')]), l[column('rank')]]))
      .toEqual(rows.map((r: any) => [r.regionCode, r.year, r.reportCount, asMap(r.measures, 'measure').APPLICATIONS_RECEIVED.value, String(r.rank ?? '')]));
    const bad = await fetch(new URL('/export/statistics.csv?groupBy=CITY', app.url));
    expect([bad.status, await bad.json()]).toEqual([400, { errors: [{ message: '"groupBy" has "CITY"; use REGION_LEVEL, REGION, YEAR, FORMAT, BODY_TYPE, comma-separated.', extensions: { code: 'BAD_USER_INPUT', argumentName: 'groupBy' } }] }]);
    const notAnId = await fetch(new URL('/export/statistics.csv?governmentId=12a', app.url));
    expect([notAnId.status, await notAnId.json()]).toEqual([400, { errors: [{ message: '"governmentId" must be a government\'s id, digits only; got "12a".', extensions: { code: 'BAD_USER_INPUT', argumentName: 'governmentId' } }] }]);
  });
});
