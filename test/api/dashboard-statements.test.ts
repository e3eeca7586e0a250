import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';
import { addDashboardReports } from '../support/bulk-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The benchmark's provincial dashboard, as one page of up to 500 reports, costs the same SQL
// statements for 1 report as for 500. (The benchmark's five pages of 100 differ from one page only
// in how the pages' loads fall into ticks, and an empty page loads no parts at all.)
let app: TestApp;
beforeAll(async () => {
  // The dashboard's cost (500 reports with their parts) is above the public default; the cache is off so each request executes.
  // SQL_JSON off: this is about the loaders; test/sql-json/ holds the one-statement path.
  app = await startTestApp({ MAX_QUERY_COST: '1000000', MAX_PAGE_SIZE: '500', RESPONSE_CACHE: 'false', SQL_JSON: 'false' });
  await addDashboardReports(app.database.orm, 500, 2019);
});
afterAll(() => app?.stop());

const page = (data: any, name: string) => data[name].edges.map((edge: any) => edge.node);

describe('the provincial dashboard', () => {
  it('costs the same number of SQL statements for the seed’s 1 report of 2017 and for 500 reports of 2019', async () => {
    const operation = await readFile(fromProjectRoot('scripts/bench/operations/provincial-dashboard.graphql'), 'utf8');
    const fragment = operation.slice(operation.indexOf('fragment DashboardPage'));
    const dashboard = `query Dashboard($year: Int!, $regionCode: String!) {
      reports(filter: { year: $year, regionCode: $regionCode }, first: 500) { ...DashboardPage }
    }
    ${fragment}`;
    const one = await app.graphql(dashboard, { year: 2017, regionCode: '370000' });
    const many = await app.graphql(dashboard, { year: 2019, regionCode: '370000' });
    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    const single = page(one.body.data, 'reports');
    const reports = page(many.body.data, 'reports');
    expect(single.map((report: any) => report.title)).toEqual(['临淄区人民政府2017年度政府信息公开工作年度报告']);
    expect((many.body.data as any).reports.totalCount).toBe(500);
    expect(reports).toHaveLength(500);
    expect(reports[499]).toMatchObject({ year: 2019, government: { region: { level: 'COUNTY' } }, keyDomains: [{}, {}] });
    expect(reports[499].channelFigures).toHaveLength(single[0].channelFigures.length);
    // page and count, governments, regions, channel figures, channels, key-domain figures, key domains
    expect([one.sqlStatements, many.sqlStatements]).toEqual([8, 8]);
  });
});
