import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeFindings } from '../../src/findings/recompute-findings.js';
import { RULE_SET_VERSION, RULES } from '../../src/findings/rule-set.js';
import { Report } from '../../src/subgraphs/reports/report.entity.js';
import { addSyntheticReports } from '../support/synthetic-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await addSyntheticReports(app.database.orm, 30);
  // Made-up reports written straight to the tables, not through the importer, so they are checked here.
  const em = app.database.orm.em.fork();
  const ids = (await em.find(Report, {}, { fields: ['id'] as never[] })).map((r) => r.id);
  await recomputeFindings(em, ids, { neighbours: false });
});
afterAll(() => app?.stop());

describe('findings through GraphQL', () => {
  it('lists the seed’s findings across reports by region and rule, with counts per rule over the whole list', async () => {
    const { findings } = await app.data(`{
      findings(filter: { regionCode: "370300", year: 2017 }, first: 2) {
        totalCount
        pageInfo { hasNextPage }
        countsByRule { ruleId severity checks broken }
        edges { node { ruleId status report { title } } }
      }
    }`);
    expect(findings).toEqual({
      totalCount: 75,
      pageInfo: { hasNextPage: true },
      countsByRule: [
        { ruleId: 'plausibility.closed-within-received', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'plausibility.rate-range', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'plausibility.whole-non-negative-counts', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'prose-table.same-figure', severity: 'ERROR', checks: 39, broken: 1 },
        { ruleId: 'prose.breakdown-sum', severity: 'ERROR', checks: 6, broken: 1 },
        { ruleId: 'prose.category-sum', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'prose.fees-charged-while-none', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'prose.other-year', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'prose.problems-section-empty', severity: 'WARNING', checks: 1, broken: 0 },
        { ruleId: 'repeats.key-domain-counts', severity: 'WARNING', checks: 1, broken: 1 },
        { ruleId: 'shares.stated-share', severity: 'WARNING', checks: 5, broken: 0 },
        { ruleId: 'table.national.channel-sum', severity: 'WARNING', checks: 2, broken: 0 },
        { ruleId: 'table.national.of-which', severity: 'ERROR', checks: 3, broken: 0 },
        { ruleId: 'table.national.sum', severity: 'ERROR', checks: 12, broken: 0 },
      ],
      edges: [
        { node: { ruleId: 'table.national.sum', status: 'HOLDS', report: { title: '临淄区人民政府2017年度政府信息公开工作年度报告' } } },
        { node: { ruleId: 'table.national.sum', status: 'HOLDS', report: { title: '临淄区人民政府2017年度政府信息公开工作年度报告' } } },
      ],
    });
  });

  it('filters by rule, severity and status', async () => {
    const { findings } = await app.data(`{
      findings(filter: { ruleId: "prose.breakdown-sum", severity: ERROR, status: BROKEN }) { totalCount edges { node { expected actual rule { severity descriptionZh } } } }
    }`);
    expect(findings).toEqual({
      totalCount: 1,
      edges: [{ node: { expected: 13, actual: 14, rule: { severity: 'ERROR', descriptionZh: '正文同一句中分项列举（其中……）的各项之和等于所述总数' } } }],
    });
  });

  it('refuses a malformed report id or cursor with BAD_USER_INPUT and a message saying what to pass', async () => {
    const badId = await app.graphql('{ findings(filter: { reportId: "abc" }) { totalCount } }');
    expect(badId.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', '"abc" is not a valid Report id: ids are positive integers, as returned by the API.'],
    ]);
    const badCursor = await app.graphql('{ findings(after: "nope") { totalCount } }');
    expect(badCursor.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages through one report’s findings with cursors', async () => {
    const query = `query($after: String) { findings(first: 50, after: $after, filter: { regionCode: "370305" }) { pageInfo { hasNextPage endCursor } edges { node { fingerprint } } } }`;
    const first = (await app.data(query)).findings;
    const second = (await app.data(query, { after: first.pageInfo.endCursor })).findings;
    const fingerprints = [...first.edges, ...second.edges].map((e: any) => e.node.fingerprint);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(new Set(fingerprints).size).toBe(75);
  });

  it('gives the rule set with its version', async () => {
    const { findingRuleSet } = await app.data('{ findingRuleSet { version rules { id family severity } } }');
    expect(findingRuleSet.version).toBe(RULE_SET_VERSION);
    expect(findingRuleSet.rules).toHaveLength(RULES.length);
    expect(findingRuleSet.rules[0]).toEqual({ id: 'table.national.sum', family: 'TABLE_IDENTITY', severity: 'ERROR' });
  });
});

describe('SQL statements for findings depend on the query, not on the number of reports', () => {
  it('costs the same for the findings and check summaries of 1 report and of 31', async () => {
    const query = `query($first: Int!) { reports(first: $first) { edges { node {
      checkSummary { checks broken }
      findings(status: HOLDS) { ruleId rule { id } report { year } }
    } } } }`;
    const one = await app.graphql(query, { first: 1 });
    const all = await app.graphql(query, { first: 31 });
    expect(one.body.errors).toBeUndefined();
    expect(all.body.errors).toBeUndefined();
    expect((all.body.data as any).reports.edges).toHaveLength(31);
    expect((all.body.data as any).reports.edges[30].node.checkSummary.checks).toBeGreaterThan(0);
    // page + count, findings, reports of the findings
    expect(one.sqlStatements).toBe(4);
    expect(all.sqlStatements).toBe(4);
  });

  it('costs one statement more for the cells and sentences involved, for 1 report and for 31', async () => {
    const query = `query($first: Int!) { reports(first: $first) { edges { node { findings { involved { kind code label value text line year } } } } } }`;
    const one = await app.graphql(query, { first: 1 });
    const all = await app.graphql(query, { first: 31 });
    expect(all.body.errors).toBeUndefined();
    const refs = (all.body.data as any).reports.edges.flatMap((e: any) => e.node.findings.flatMap((f: any) => f.involved));
    const own = refs.filter((r: any) => r.kind === 'CELL' && r.year === null);
    // Every report is on the page: as many of its own cells as are stored, each whole again, though most are stored by code.
    const [stored] = await app.database.orm.em.getConnection().execute(`
      select count(*)::int as cells, count(*) filter (where e->'label' is null)::int as by_code
        from finding f, jsonb_array_elements(f.involved) e where e->>'kind' = 'CELL' and e->>'year' is null`);
    expect(stored.by_code).toBeGreaterThan(stored.cells / 2);
    expect(own).toHaveLength(stored.cells);
    expect(own.filter((r: any) => r.label === null || r.text === null || r.line === null)).toEqual([]);
    // page + count, findings, the involved refs' own cells and sentences
    expect(one.sqlStatements).toBe(4);
    expect(all.sqlStatements).toBe(4);
  });

  it('costs the same for a page of 1 finding and of 50 across reports, with their reports, governments and counts per rule', async () => {
    const query = `query($first: Int!) { findings(first: $first) {
      totalCount countsByRule { ruleId checks }
      edges { node { ruleId report { year government { name } } } }
    } }`;
    const one = await app.graphql(query, { first: 1 });
    const fifty = await app.graphql(query, { first: 50 });
    expect(fifty.body.errors).toBeUndefined();
    expect((fifty.body.data as any).findings.edges).toHaveLength(50);
    // page + count, counts per rule, reports, governments
    expect(one.sqlStatements).toBe(5);
    expect(fifty.sqlStatements).toBe(5);
  });
});
