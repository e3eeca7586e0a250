import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeAllFindings, recomputeReaders, recomputeStaleFindings } from '../../src/findings/recompute-findings.js';
import { RULE_SET_VERSION } from '../../src/findings/rule-set.js';
import { importReport } from '../../src/importer/import-report.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SHANDONG, syntheticDocument } from './support/documents.js';

/*
 * Checks that read other reports, on made-up reports imported through the importer: importing a
 * report also rechecks the reports that read it (the same body's next year, the parent's report).
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const importDoc = (doc: ReportDocument) => importReport(app.database.orm.em.fork(), doc);

const findingsOf = async (regionCode: string, ruleId: string) => {
  const { findings } = await app.data(
    `query($filter: FindingFilter) { findings(filter: $filter, first: 100) { edges { node { ruleId status expected actual involved { kind code label value year } report { year } } } } }`,
    { filter: { regionCode, ruleId } },
  );
  return findings.edges.map((e: any) => e.node);
};

describe('across years', () => {
  const county = { government: '测试县人民政府', regionPath: [SHANDONG, { code: '379901', name: '测试县', level: 'COUNTY' as const }] };

  it('rechecks next year’s report when last year’s is imported after it, and sets carried-forward against carried-over', async () => {
    await importDoc(syntheticDocument({ ...county, year: 2021, cells: { 'applications.carried_over.total': 3 } }));
    expect(await findingsOf('379901', 'across-years.carried-over')).toEqual([]);

    await importDoc(syntheticDocument({ ...county, year: 2020, format: 'TEMPLATE_2019', cells: { 'applications.carried_forward.total': 4 } }));
    expect(await findingsOf('379901', 'across-years.carried-over')).toEqual([
      {
        ruleId: 'across-years.carried-over', status: 'BROKEN', expected: 4, actual: 3, report: { year: 2021 },
        involved: [
          { kind: 'CELL', code: 'applications.carried_forward.total', label: 'applications.carried_forward.total', value: 4, year: 2020 },
          { kind: 'CELL', code: 'applications.carried_over.total', label: 'applications.carried_over.total', value: 3, year: null },
        ],
      },
    ]);
  });

  it('keeps a finding’s id and fingerprint when its report is imported again unchanged', async () => {
    const query = `{ findings(filter: { regionCode: "379901" }) { totalCount edges { node { id fingerprint } } } }`;
    const before = await app.data(query);
    await importDoc(syntheticDocument({ ...county, year: 2021, cells: { 'applications.carried_over.total': 3 } }));
    expect(await app.data(query)).toEqual(before);
    expect(before.findings.totalCount).toBeGreaterThan(0);
  });
});

describe('hierarchy', () => {
  const countyRegion = { code: '379902', name: '汇总县', level: 'COUNTY' as const };
  const county = { government: '汇总县人民政府', regionPath: [SHANDONG, countyRegion] };
  const town = (code: string, name: string) => ({ government: `${name}人民政府`, regionPath: [SHANDONG, countyRegion, { code, name, level: 'TOWNSHIP' as const }] });
  const compiled = [{ heading: '概述', text: '本报告由县政府办公室综合县政府各部门和各镇的政府信息公开工作年度报告编制而成。' }];

  it('sets the parent’s figures against its children’s and lists the children without a report, as each child is imported', async () => {
    await importDoc(syntheticDocument({ ...county, year: 2021, sections: compiled, cells: { 'applications.new_received.total': 30 } }));
    expect(await findingsOf('379902', 'hierarchy.children-sum')).toEqual([]);

    await importDoc(syntheticDocument({ ...town('379912', '甲镇'), year: 2021, cells: { 'applications.new_received.total': 12 } }));
    await importDoc(syntheticDocument({ ...county, department: '汇总县财政局', year: 2021, cells: { 'applications.new_received.total': 18 } }));
    // 乙镇 has a government (from its 2020 report) but no report for 2021.
    await importDoc(syntheticDocument({ ...town('379913', '乙镇'), year: 2020, format: 'TEMPLATE_2019', cells: { 'applications.new_received.total': 5 } }));

    const sums = await findingsOf('379902', 'hierarchy.children-sum');
    expect(sums.map(({ status, expected, actual, report }: any) => ({ status, expected, actual, report }))).toEqual([
      { status: 'HOLDS', expected: 30, actual: 30, report: { year: 2021 } },
    ]);
    expect(await findingsOf('379902', 'hierarchy.children-without-report')).toEqual([
      {
        ruleId: 'hierarchy.children-without-report', status: 'BROKEN', expected: 3, actual: 2, report: { year: 2021 },
        involved: [
          { kind: 'PROSE', code: null, label: null, value: null, year: null },
          { kind: 'REPORT', code: '379913', label: '乙镇人民政府', value: null, year: null },
        ],
      },
    ]);
  });
});

describe('a change of rule set', () => {
  it('rechecks only the reports checked by another rule set, keeping the rows of unchanged findings', async () => {
    const query = `{ findings(filter: { regionCode: "379901", year: 2021 }) { edges { node { id fingerprint ruleSetVersion } } } }`;
    const before = (await app.data(query)).findings.edges.map((e: any) => e.node);
    await app.database.orm.em.fork().getConnection().execute(
      `update finding set rule_set_version = 'older' where report_id in (select r.id from report r join government g on g.id = r.government_id where g.name = '测试县人民政府' and r.year = 2021)`,
    );
    const summary = await recomputeStaleFindings(app.database.orm.em.fork());
    expect(summary.reports).toBe(1);
    expect((await app.data(query)).findings.edges.map((e: any) => e.node)).toEqual(before);
    expect(before.every((f: any) => f.ruleSetVersion === RULE_SET_VERSION)).toBe(true);
    expect((await recomputeStaleFindings(app.database.orm.em.fork())).reports).toBe(0);
  });

  it('servers starting together on one database share the recheck: each report is checked once, nothing fails', async () => {
    const sql = (text: string) => app.database.orm.em.fork().getConnection().execute<{ n: number }[]>(text);
    const [{ n: findings }] = await sql('select count(*)::int as n from finding');
    const [{ n: reports }] = await sql('select count(distinct report_id)::int as n from finding');
    await sql(`update finding set rule_set_version = 'older'`);
    const both = await Promise.all([recomputeStaleFindings(app.database.orm.em.fork()), recomputeStaleFindings(app.database.orm.em.fork())]);
    expect(both[0].reports + both[1].reports).toBe(reports);
    expect(await sql(`select count(*)::int as n from finding where rule_set_version = '${RULE_SET_VERSION}'`)).toEqual([{ n: findings }]);
  });
});

describe('the check a new report gets at import', () => {
  // A new report is checked from its document in memory with its relations read in one statement
  // (checkNewReport); the reports it touches, and any recompute, read everything back from the
  // database (loadCheckInputs). Both must store the same rows.
  const region = { code: '379903', name: '后导县', level: 'COUNTY' as const };
  const county = { government: '后导县人民政府', regionPath: [SHANDONG, region] };
  const town = (code: string, name: string) => ({ government: `${name}人民政府`, regionPath: [SHANDONG, region, { code, name, level: 'TOWNSHIP' as const }] });

  it('stores what a full recompute from the database stores, for a parent imported after its children and its last year', async () => {
    await importDoc(syntheticDocument({ ...county, year: 2021, cells: { 'applications.carried_forward.total': 2 } }));
    await importDoc(syntheticDocument({ ...county, department: '后导县财政局', year: 2022, cells: { 'applications.new_received.total': 4 } }));
    await importDoc(syntheticDocument({ ...county, department: '后导县民政局', year: 2021, cells: { 'applications.new_received.total': 1 } }));
    await importDoc(syntheticDocument({ ...town('379931', '丙镇'), year: 2022, cells: { 'applications.new_received.total': 6 } }));
    await importDoc(syntheticDocument({ ...town('379932', '丁镇'), year: 2021, cells: { 'applications.new_received.total': 3 } }));
    // Last: its previous year, a department's and a town's report of its year, a department and a town without one.
    const compiled = [{ heading: '概述', text: '本报告由县政府办公室综合县政府各部门和各镇的政府信息公开工作年度报告编制而成。' }];
    await importDoc(syntheticDocument({ ...county, year: 2022, sections: compiled, cells: { 'applications.carried_over.total': 5, 'applications.new_received.total': 11 } }));

    const connection = app.database.orm.em.fork().getConnection();
    const read = () =>
      connection.execute(
        `select f.id, f.report_id, f.rule_id, f.family, f.severity, f.status, f.expected, f.actual, f.message, f.involved, f.fingerprint,
                f.rule_set_version, f.report_version, f.ordinal
           from finding f order by f.report_id, f.ordinal`,
      );
    const atImport = await read();
    const parent = await connection.execute(
      `select f.rule_id, f.status, f.expected, f.actual from finding f join report r on r.id = f.report_id join government g on g.id = r.government_id
        where g.name = '后导县人民政府' and r.department_id is null and r.year = 2022 and f.rule_id in ('across-years.carried-over', 'hierarchy.children-sum', 'hierarchy.children-without-report')
        order by f.rule_id`,
    );
    // The parent's cross-report checks saw its last year and its children (what they say is asserted above; here, that they ran).
    expect(parent.map((f: any) => f.rule_id)).toEqual(['across-years.carried-over', 'hierarchy.children-sum', 'hierarchy.children-without-report']);

    await recomputeAllFindings(app.database.orm.em.fork());
    expect(await read()).toEqual(atImport);
  });

  it('stores what a full recompute stores after a bulk import that checked each report alone and then their readers', async () => {
    // As `npm run import` of a folder does: each report without its readers, the parent first, so
    // its own check misses the children; recomputeReaders once at the end must set that right.
    const bulkRegion = { code: '379904', name: '批量县', level: 'COUNTY' as const };
    const bulk = { government: '批量县人民政府', regionPath: [SHANDONG, bulkRegion] };
    const compiled = [{ heading: '概述', text: '本报告由县政府办公室综合县政府各部门和各镇的政府信息公开工作年度报告编制而成。' }];
    const docs = [
      syntheticDocument({ ...bulk, year: 2022, sections: compiled, cells: { 'applications.carried_over.total': 5, 'applications.new_received.total': 9 } }),
      syntheticDocument({ ...bulk, department: '批量县财政局', year: 2022, cells: { 'applications.new_received.total': 4 } }),
      syntheticDocument({ government: '戊镇人民政府', regionPath: [SHANDONG, bulkRegion, { code: '379941', name: '戊镇', level: 'TOWNSHIP' }], year: 2022, cells: { 'applications.new_received.total': 5 } }),
      syntheticDocument({ ...bulk, year: 2021, cells: { 'applications.carried_forward.total': 2 } }),
    ];
    const ids: number[] = [];
    for (const doc of docs) ids.push((await importReport(app.database.orm.em.fork(), doc, { readers: false })).id);
    const children = `select f.status, f.expected, f.actual from finding f where f.report_id = ? and f.rule_id = 'hierarchy.children-sum'`;
    const connection = app.database.orm.em.fork().getConnection();
    // Checked alone before its children were in, the parent's sum had nothing to add up.
    expect(await connection.execute(children, [ids[0]])).toEqual([]);

    const summary = await recomputeReaders(app.database.orm.em.fork(), ids);
    // The county's 2022 report (it reads its children and its 2021) and its 2021 one (it reads its departments').
    expect(summary.reports).toBe(2);
    expect(await connection.execute(children, [ids[0]])).toEqual([{ status: 'HOLDS', expected: 9, actual: 9 }]);
    const read = () => connection.execute('select f.id, f.report_id, f.rule_id, f.status, f.expected, f.actual, f.involved, f.fingerprint, f.ordinal from finding f order by f.report_id, f.ordinal');
    const afterBulk = await read();
    await recomputeAllFindings(app.database.orm.em.fork());
    expect(await read()).toEqual(afterBulk);
  });

  it('passes over a reader the run imported after the report it reads was committed: its check saw it', async () => {
    const county = { government: '顺序县人民政府', regionPath: [SHANDONG, { code: '379905', name: '顺序县', level: 'COUNTY' as const }] };
    const lastYear = await importReport(app.database.orm.em.fork(), syntheticDocument({ ...county, year: 2021, cells: { 'applications.carried_forward.total': 2 } }), { readers: false });
    const thisYear = await importReport(app.database.orm.em.fork(), syntheticDocument({ ...county, year: 2022, cells: { 'applications.carried_over.total': 3 } }), { readers: false });
    const ids = [lastYear.id, thisYear.id];
    const inTurn = new Map([[lastYear.id, { started: 0, finished: 1 }], [thisYear.id, { started: 1, finished: 2 }]]);
    const sideBySide = new Map([[lastYear.id, { started: 0, finished: 2 }], [thisYear.id, { started: 0, finished: 1 }]]);

    // 2022 began after 2021 was committed: its check read 2021, and the carried-over finding says so.
    expect((await recomputeReaders(app.database.orm.em.fork(), ids, inTurn)).reports).toBe(0);
    expect(await findingsOf('379905', 'across-years.carried-over')).toMatchObject([{ status: 'BROKEN', expected: 2, actual: 3, report: { year: 2022 } }]);
    // Begun before 2021 was committed, or with no timing at all, 2022 is checked again.
    expect((await recomputeReaders(app.database.orm.em.fork(), ids, sideBySide)).reports).toBe(1);
    expect((await recomputeReaders(app.database.orm.em.fork(), ids)).reports).toBe(1);
  });
});
