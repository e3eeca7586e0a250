import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { importReport } from '../../src/importer/import-report.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { bearer, keyFor } from '../security/support.js';
import { SHANDONG, syntheticDocument } from '../findings/support/documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledger } from './support.js';

/*
 * A 2021-template report of a county against the county's ledger: section 三 by applicant type and
 * section 四 by route and result. The report says 2 natural persons applied, 1 was answered with
 * disclosure and 1 carried forward, and 1 reconsideration was filed and is pending.
 */
let app: TestApp;
let editor: Record<string, string>;
let governmentId: number;
let reportId: number;
beforeAll(async () => {
  app = await startTestApp();
  ({ id: reportId } = await importReport(app.database.orm.em.fork(), syntheticDocument({
    government: '台账县人民政府',
    regionPath: [SHANDONG, { code: '379902', name: '台账县', level: 'COUNTY' }],
    year: 2021,
    cells: {
      'applications.new_received.natural_person': 2, 'applications.new_received.total': 2,
      'applications.granted.natural_person': 1, 'applications.granted.total': 1,
      'applications.total_processed.natural_person': 1, 'applications.total_processed.total': 1,
      'applications.carried_forward.natural_person': 1, 'applications.carried_forward.total': 1,
      'appeals.reconsideration.pending': 1, 'appeals.reconsideration.total': 1,
    },
  })));
  governmentId = (await app.database.orm.em.fork().findOneOrFail(Government, { name: '台账县人民政府' })).id;
  editor = bearer(await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId }));
});
afterAll(() => app?.stop());

const register = async (receivedOn: string) => {
  const body = await ledger(app, 'registerRequestCase', { governmentId: String(governmentId), receivedOn, channel: 'ONLINE', applicantType: 'NATURAL_PERSON', subject: '某项目环评报告' }, editor);
  expect(body.errors).toBeUndefined();
  return body.data.registerRequestCase.id as string;
};
const report = async () => {
  const { report } = await app.data(`{ report(id: ${reportId}) { ledger { code table ledger tableDifference } findings(status: BROKEN) { ruleId message } } }`);
  return report;
};
const nonZero = (figures: any[]) => figures.filter((f) => f.table !== null || f.ledger !== 0);

describe('a 2021-template report against its government’s ledger', () => {
  it('counts each stated cell from the ledger and finds nothing broken when they agree', async () => {
    const first = await register('2021-03-01');
    await register('2021-12-20');
    await ledger(app, 'recordReply', { caseId: first, repliedOn: '2021-03-15', outcome: 'DISCLOSED' }, editor);
    await ledger(app, 'fileAppeal', { caseId: first, kind: 'RECONSIDERATION', filedOn: '2021-04-01' }, editor);
    const { ledger: figures, findings } = await report();
    expect(figures).toHaveLength(25 * 7 + 3 * 5);
    expect(nonZero(figures)).toEqual([
      { code: 'applications.new_received.natural_person', table: 2, ledger: 2, tableDifference: 0 },
      { code: 'applications.new_received.total', table: 2, ledger: 2, tableDifference: 0 },
      { code: 'applications.granted.natural_person', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'applications.granted.total', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'applications.total_processed.natural_person', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'applications.total_processed.total', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'applications.carried_forward.natural_person', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'applications.carried_forward.total', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'appeals.reconsideration.pending', table: 1, ledger: 1, tableDifference: 0 },
      { code: 'appeals.reconsideration.total', table: 1, ledger: 1, tableDifference: 0 },
    ]);
    expect(findings.filter((f: any) => f.ruleId === 'ledger.table-matches')).toEqual([]);
  });

  it('breaks where a later write changes the ledger', async () => {
    await register('2021-12-30');
    const { findings } = await report();
    // The synthetic document labels its cells with their codes.
    expect(findings.filter((f: any) => f.ruleId === 'ledger.table-matches').map((f: any) => f.message)).toEqual([
      'applications.new_received.natural_person is published as 2, but the ledger counts 3.',
      'applications.new_received.total is published as 2, but the ledger counts 3.',
      'applications.carried_forward.natural_person is published as 1, but the ledger counts 2.',
      'applications.carried_forward.total is published as 1, but the ledger counts 2.',
    ]);
  });

  it('is checked against it as it is imported, when the government keeps cases', async () => {
    // 2022: no case received that year; the two 2021 cases still unanswered are carried into it.
    const { id } = await importReport(app.database.orm.em.fork(), syntheticDocument({
      government: '台账县人民政府',
      regionPath: [SHANDONG, { code: '379902', name: '台账县', level: 'COUNTY' }],
      year: 2022,
      cells: { 'applications.new_received.natural_person': 5, 'applications.new_received.total': 5 },
    }));
    const { report } = await app.data(`{ report(id: ${id}) { findings(status: BROKEN) { ruleId message } } }`);
    expect(report.findings.filter((f: any) => f.ruleId === 'ledger.table-matches').map((f: any) => f.message)).toEqual([
      'applications.new_received.natural_person is published as 5, but the ledger counts 0.',
      'applications.new_received.total is published as 5, but the ledger counts 0.',
    ]);
  });
});

describe('the ledger as a table', () => {
  it('fills the 2019 template’s cells, with the single 其他处理 row, and the 2008 table’s', async () => {
    const { governments } = await app.data(`{ governments(first: 100) { edges { node { name
      t2019: ledgerTable(year: 2021, format: TEMPLATE_2019) { code ledger }
      t2008: ledgerTable(year: 2021, format: REGULATION_2008) { code ledger }
    } } } }`);
    const county = governments.edges.find((e: any) => e.node.name === '台账县人民政府').node;
    expect(county.t2019).toHaveLength(23 * 7 + 3 * 5);
    expect(county.t2019.filter((c: any) => c.ledger !== 0).map((c: any) => `${c.code} ${c.ledger}`)).toEqual([
      'applications.new_received.natural_person 3',
      'applications.new_received.total 3',
      'applications.granted.natural_person 1',
      'applications.granted.total 1',
      'applications.total_processed.natural_person 1',
      'applications.total_processed.total 1',
      'applications.carried_forward.natural_person 2',
      'applications.carried_forward.total 2',
      'appeals.reconsideration.pending 1',
      'appeals.reconsideration.total 1',
    ]);
    expect(county.t2008.filter((c: any) => c.ledger !== 0).map((c: any) => `${c.code} ${c.ledger}`)).toEqual([
      'requests.received 3',
      'requests.received.online 3',
      'requests.closed 1',
      'requests.closed.on_time 1',
      'requests.replies 1',
      'requests.replies.granted 1',
      'reconsiderations 1',
    ]);
  });
});
