import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Report } from '../../src/subgraphs/reports/report.entity.js';
import { DemoLedgerError, generateDemoLedger } from '../../src/subgraphs/requests/demo-ledger.js';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { bearer, keyFor } from '../security/support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledger } from './support.js';

// The demo ledger generated from the seed report, counted back by Government.ledgerSummary.
let app: TestApp;
let linziId: number;
let reportId: number;
beforeAll(async () => {
  app = await startTestApp();
  const em = app.database.orm.em.fork();
  linziId = (await em.findOneOrFail(Government, { name: '临淄区人民政府' })).id;
  reportId = (await em.findOneOrFail(Report, { year: 2017 })).id;
});
afterAll(() => app?.stop());

const SUMMARY = `{ governments { edges { node { name ledgerSummary(year: 2017) {
  year carriedFromPreviousYear carriedToNextYear withdrawn
  received { total inPerson fax online letter other }
  replies { total onTime extended late byOutcome { outcome reason count } }
  reconsiderations { total upheld corrected other pending }
  litigation { total upheld corrected other pending }
} } } } }`;

describe('the demo ledger of 临淄区 2017', () => {
  it('counts back to the report’s published table (section 三, 四 and 五)', async () => {
    expect(await generateDemoLedger(app.database.orm.em.fork(), reportId)).toEqual({ cases: 249, appeals: 70 });
    const { governments } = await app.data(SUMMARY);
    expect(governments.edges[0].node).toEqual({
      name: '临淄区人民政府',
      ledgerSummary: {
        year: 2017, carriedFromPreviousYear: 0, carriedToNextYear: 0, withdrawn: 0,
        received: { total: 249, inPerson: 132, fax: 0, online: 30, letter: 56, other: 31 },
        replies: {
          total: 249, onTime: 231, extended: 18, late: 0,
          byOutcome: [
            { outcome: 'DISCLOSED', reason: 'ALREADY_PUBLISHED', count: 7 },
            { outcome: 'DISCLOSED', reason: null, count: 102 },
            { outcome: 'PARTLY_DISCLOSED', reason: null, count: 17 },
            { outcome: 'WITHHELD', reason: 'NOT_GOVERNMENT_INFORMATION', count: 7 },
            { outcome: 'WITHHELD', reason: 'OTHER_STATUTORY', count: 6 },
            { outcome: 'WITHHELD', reason: 'STATE_SECRET', count: 1 },
            { outcome: 'UNAVAILABLE', reason: 'DOES_NOT_EXIST', count: 54 },
            { outcome: 'UNAVAILABLE', reason: 'NOT_THIS_ORGAN', count: 39 },
            { outcome: 'OTHER', reason: 'ASKED_TO_AMEND', count: 16 },
          ],
        },
        reconsiderations: { total: 11, upheld: 1, corrected: 8, other: 2, pending: 0 },
        litigation: { total: 59, upheld: 31, corrected: 6, other: 22, pending: 0 },
      },
    });
  });

  it('is marked SYNTHETIC in the API, and made once', async () => {
    const { governments } = await app.data('{ governments { edges { node { requestCases(first: 2) { totalCount edges { node { source subject } } } } } } }');
    expect(governments.edges[0].node.requestCases.totalCount).toBe(249);
    expect(new Set(governments.edges[0].node.requestCases.edges.map((e: any) => e.node.source))).toEqual(new Set(['SYNTHETIC']));
    await expect(generateDemoLedger(app.database.orm.em.fork(), reportId)).rejects.toThrow(new DemoLedgerError(`government ${linziId} already has a demo ledger for 2017`));
  });
});

describe('reconciling the report with the demo ledger', () => {
  it('shows every figure, and the prose’s one disagreement: 其他情形 5 against 6', async () => {
    const { reports } = await app.data('{ reports { edges { node { ledger { code label table prose ledger tableDifference proseDifference } } } } }');
    const figures = reports.edges[0].node.ledger;
    expect(figures).toHaveLength(32);
    expect(figures.filter((f: any) => f.tableDifference !== 0)).toEqual([]);
    // The prose leaves out five rows, all of them 0 in the table.
    expect(figures.filter((f: any) => f.prose === null).map((f: any) => f.code)).toEqual([
      'requests.received.fax',
      'requests.replies.refused.commercial_secret',
      'requests.replies.refused.personal_privacy',
      'requests.replies.refused.security_stability',
      'requests.replies.other_channel',
    ]);
    expect(figures.filter((f: any) => f.proseDifference !== null && f.proseDifference !== 0)).toEqual([
      { code: 'requests.replies.refused.other_statutory', label: '法律法规规定的其他情形', table: 6, prose: 5, ledger: 6, tableDifference: 0, proseDifference: -1 },
    ]);
    expect(figures[0]).toEqual({ code: 'requests.received', label: '收到申请数', table: 249, prose: 249, ledger: 249, tableDifference: 0, proseDifference: 0 });
  });
});

describe('findings against the ledger', () => {
  const checks = async () => {
    const { reports } = await app.data('{ reports { edges { node { checkSummary { checks holding broken } findings(status: BROKEN) { ruleId message } } } } }');
    return reports.edges[0].node;
  };

  it('hold for every table figure while the ledger matches, and break where a new case changes the count', async () => {
    // The seed's 75 checks, and the 32 table figures against the ledger, all of which hold.
    expect((await checks()).checkSummary).toEqual({ checks: 107, holding: 104, broken: 3 });

    const editor = bearer(await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId }));
    const registered = await ledger(app, 'registerRequestCase', {
      governmentId: String(linziId), receivedOn: '2017-12-28', channel: 'LETTER', applicantType: 'NATURAL_PERSON', subject: '迟到的申请',
    }, editor);
    expect(registered.errors).toBeUndefined();
    const after = await checks();
    expect(after.checkSummary).toEqual({ checks: 107, holding: 102, broken: 5 });
    expect(after.findings.filter((f: any) => f.ruleId === 'ledger.table-matches')).toEqual([
      { ruleId: 'ledger.table-matches', message: '（一）收到申请数 is published as 249, but the ledger counts 250.' },
      { ruleId: 'ledger.table-matches', message: '4.信函申请数 is published as 56, but the ledger counts 57.' },
    ]);
  });
});
