import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctReport } from '../../src/corrections/correct-report.js';
import { Report } from '../../src/subgraphs/reports/report.entity.js';
import { addSyntheticReports } from '../support/synthetic-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Versions, their changes, figures as of a version and review histories cost a fixed number of
// statements however many reports a page holds.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await addSyntheticReports(app.database.orm, 60);
  const reports = await app.database.orm.em.fork().find(Report, { year: 2018 }, { orderBy: { id: 'asc' } });
  // Every report of the page a version 2, so every list below has something in it.
  for (const report of reports) {
    await correctReport(app.database.orm.em.fork(), { reportId: report.id, reason: 'Checked against the original.', figures: [{ cellCode: 'requests.received.online', value: 0 }], author: 'dgk_test0000' });
  }
});
afterAll(() => app?.stop());

const page = `query Page($first: Int!) {
  reports(first: $first, filter: { year: 2018 }) { edges { node {
    version
    versions { version kind changes { code fromValue toValue } }
    first: tableCells(codePrefix: "requests.received.online", asOfVersion: 1) { value }
    now: tableCells(codePrefix: "requests.received.online") { value }
    findings { reportVersion review { decision } reviewHistory { decision } }
  } } }
}`;

describe('report versions in a list', () => {
  it('cost the same statements for 1 report and for 50', async () => {
    const one = await app.graphql(page, { first: 1 });
    const fifty = await app.graphql(page, { first: 50 });
    expect(one.body.errors).toBeUndefined();
    expect(fifty.body.errors).toBeUndefined();
    const nodes = (fifty.body.data as any).reports.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(50);
    for (const node of nodes) {
      expect(node.version).toBe(2);
      expect(node.versions.map((v: any) => v.kind)).toEqual(['CORRECTION']);
      expect(node.versions[0].changes[0].toValue).toBe(0);
      expect(node.first[0].value).toBe(node.versions[0].changes[0].fromValue);
      expect(node.now).toEqual([{ value: 0 }]);
    }
    // page + count, versions, changes, cells, change log, findings, reviews
    expect(one.sqlStatements).toBe(8);
    expect(fifty.sqlStatements).toBe(8);
  });
});
