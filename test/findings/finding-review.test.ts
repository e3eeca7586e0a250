import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { correctReport } from '../../src/corrections/correct-report.js';
import { importReport } from '../../src/importer/import-report.js';
import { loadReportDocument } from '../../src/report-document/load-report-document.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Region } from '../../src/subgraphs/directory/region.entity.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer, keyFor, post } from '../security/support.js';

// Reviewing a finding over HTTP, with each kind of key, and the review outliving a re-import.
let app: TestApp;
let linziId: number;
let otherId: number;
let refusal: { id: string; fingerprint: string };
beforeAll(async () => {
  app = await startTestApp();
  const em = app.database.orm.em.fork();
  linziId = (await em.findOneOrFail(Government, { name: '临淄区人民政府' })).id;
  const other = em.create(Government, { name: '另一县人民政府', region: await em.findOneOrFail(Region, { code: '370300' }) });
  await em.flush();
  otherId = other.id;
  const report = await app.seedReport('findings(status: BROKEN, severity: ERROR) { id ruleId fingerprint }');
  refusal = report.findings.find((f: any) => f.ruleId === 'prose.breakdown-sum');
});
afterAll(() => app?.stop());

const REVIEW = `mutation Review($input: ReviewFindingInput!) {
  reviewFinding(input: $input) { ruleId review { decision comment reviewedBy } }
}`;
const review = (headers: Record<string, string>, decision = 'CONFIRMED', comment = '14 is not 1 + 7 + 5.', findingId = refusal.id) =>
  post(app.url, { query: REVIEW, variables: { input: { findingId, decision, comment } } }, headers);

describe('reviewing a finding', () => {
  it('is refused to the public, to provincial keys and to editors of another government, and records nothing', async () => {
    const provincial = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' });
    const otherEditor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: otherId });
    const anonymous = await review({});
    expect(anonymous.body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ['UNAUTHENTICATED', `Reviewing a finding needs an API key: send "Authorization: Bearer <key>" with an editor key of government ${linziId}.`],
    ]);
    expect((await review(bearer(provincial))).body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await review(bearer(otherEditor))).body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const { reports } = await app.data('{ reports { edges { node { findings(status: BROKEN) { review { decision } } } } } }');
    // The seed's three broken checks, none of them reviewed.
    expect(reports.edges[0].node.findings).toEqual([{ review: null }, { review: null }, { review: null }]);
  });

  it('is recorded for an editor of the report’s government, and a later decision becomes the review while both stay in the history', async () => {
    const editor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId });
    const first = await review(bearer(editor));
    expect(first.body).toEqual({
      data: { reviewFinding: { ruleId: 'prose.breakdown-sum', review: { decision: 'CONFIRMED', comment: '14 is not 1 + 7 + 5.', reviewedBy: editor.slice(0, 12) } } },
    });
    const admin = await keyFor(app.database.orm, ApiKeyRole.ADMIN);
    const second = await review(bearer(admin), 'DISMISSED', '  The prose rounds.  ');
    expect(second.body.data.reviewFinding.review).toEqual({ decision: 'DISMISSED', comment: 'The prose rounds.', reviewedBy: admin.slice(0, 12) });
    const report = await app.seedReport('findings(status: BROKEN, severity: ERROR) { ruleId reviewHistory { decision comment reviewedBy reviewedAt } }');
    const history = report.findings.find((f: any) => f.ruleId === 'prose.breakdown-sum').reviewHistory;
    expect(history.map((h: any) => [h.decision, h.comment, h.reviewedBy])).toEqual([
      ['CONFIRMED', '14 is not 1 + 7 + 5.', editor.slice(0, 12)],
      ['DISMISSED', 'The prose rounds.', admin.slice(0, 12)],
    ]);
    expect(Date.parse(history[0].reviewedAt)).toBeLessThanOrEqual(Date.parse(history[1].reviewedAt));
  });

  it('reads the review and the history of every finding of a list in one statement', async () => {
    const plain = await app.graphql('{ reports { edges { node { findings { ruleId } } } } }');
    const reviewed = await app.graphql('{ reports { edges { node { findings { ruleId review { decision } reviewHistory { decision comment } } } } } }');
    expect(reviewed.body.errors).toBeUndefined();
    expect(reviewed.body.data).toMatchObject({ reports: { edges: [{ node: { findings: expect.any(Array) } }] } });
    expect((reviewed.body.data as any).reports.edges[0].node.findings).toHaveLength(75);
    expect(reviewed.sqlStatements - plain.sqlStatements).toBe(1);
  });

  it('keeps the review across a re-import, since the finding is unchanged', async () => {
    await importReport(app.database.orm.em.fork(), await loadReportDocument(fromProjectRoot('seeds', 'linzi-2017.json')));
    const report = await app.seedReport('findings(status: BROKEN, severity: ERROR) { ruleId fingerprint review { decision comment } }');
    expect(report.findings.find((f: any) => f.ruleId === 'prose.breakdown-sum')).toEqual({
      ruleId: 'prose.breakdown-sum',
      fingerprint: refusal.fingerprint,
      review: { decision: 'DISMISSED', comment: 'The prose rounds.' },
    });
  });

  it('keeps the review across a correction that leaves the finding unchanged: the finding moves to the new version', async () => {
    const { id } = await app.seedReport('id');
    await correctReport(app.database.orm.em.fork(), { reportId: Number(id), reason: 'Typing error.', figures: [{ cellCode: 'requests.replies.refused.other_statutory', value: 5 }], author: 'dgk_test0000' });
    const report = await app.seedReport('version findings(status: BROKEN, severity: ERROR) { ruleId fingerprint reportVersion review { decision } }');
    expect(report.version).toBe(2);
    expect(report.findings.find((f: any) => f.ruleId === 'prose.breakdown-sum')).toEqual({
      ruleId: 'prose.breakdown-sum',
      fingerprint: refusal.fingerprint,
      reportVersion: 2,
      review: { decision: 'DISMISSED' },
    });
  });

  it('asks for a reason and for a finding that exists', async () => {
    const editor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId });
    const blank = await review(bearer(editor), 'CONFIRMED', '   ');
    expect(blank.body.errors.map((e: any) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'A review needs a comment saying why the finding is confirmed or dismissed.'],
    ]);
    const missing = await review(bearer(editor), 'CONFIRMED', 'x', '999999');
    expect(missing.body.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });
});
