import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { Region } from '../../src/subgraphs/directory/region.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer, keyFor, post } from '../security/support.js';

// Correcting the seed's 其他情形 cell over HTTP, with each kind of key, and what it does to the findings.
let app: TestApp;
let linziId: number;
let otherId: number;
let reportId: string;
beforeAll(async () => {
  app = await startTestApp();
  const em = app.database.orm.em.fork();
  linziId = (await em.findOneOrFail(Government, { name: '临淄区人民政府' })).id;
  const other = em.create(Government, { name: '另一县人民政府', region: await em.findOneOrFail(Region, { code: '370300' }) });
  await em.flush();
  otherId = other.id;
  reportId = (await app.seedReport('id')).id;
});
afterAll(() => app?.stop());

const OTHER_STATUTORY = 'requests.replies.refused.other_statutory';
const CORRECT = `mutation Correct($input: CorrectReportInput!) {
  correctReport(input: $input) { id version }
}`;
const correct = (headers: Record<string, string>, input: Record<string, unknown> = {}) =>
  post(app.url, {
    query: CORRECT,
    variables: { input: { reportId, reason: 'The prose gives 5; the table’s 6 is a typing error.', figures: [{ cellCode: OTHER_STATUTORY, value: 5 }], ...input } },
  }, headers);
const errors = (body: any) => body.errors.map((e: any) => [e.extensions.code, e.message]);

const refusals = '申请答复数249件，其中属于已主动公开范围数7件，同意公开答复数102件，同意部分公开答复数17件，不同意公开答复数14件（其中，涉及国家秘密1件，不是《条例》所指政府信息7件，法律法规规定的其他情形的5件），不属于本行政机关公开数39件，申请信息不存在数54件，告知作出更改补充数16件。';
const prose = (code: string, value: number) => ({ kind: 'PROSE', code, label: null, value, text: refusals, line: 438, year: null });
const ref = 'kind code label value text line year';
const FINDINGS = `findings(status: BROKEN) { ruleId status expected actual reportVersion involved { ${ref} } }`;

describe('correcting a report’s figures', () => {
  it('is refused to the public, to provincial keys and to editors of another government, and changes nothing', async () => {
    const provincial = await keyFor(app.database.orm, ApiKeyRole.PROVINCIAL, { regionCode: '370000' });
    const otherEditor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: otherId });
    expect(errors((await correct({})).body)).toEqual([
      ['UNAUTHENTICATED', `Correcting a report needs an API key: send "Authorization: Bearer <key>" with an editor key of government ${linziId}.`],
    ]);
    expect(errors((await correct(bearer(provincial))).body)).toEqual([
      ['FORBIDDEN', `Correcting a report for government ${linziId} needs an editor key of that government or an admin key; provincial keys only read.`],
    ]);
    expect((await correct(bearer(otherEditor))).body.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await app.seedReport('version versions { version kind reason author changes { code } }')).toEqual({
      version: 1,
      versions: [{ version: 1, kind: 'IMPORT', reason: null, author: null, changes: [] }],
    });
  });

  it('by the government’s editor: 其他情形 6 → 5 makes version 2, the prose and table agree, and the table’s refusals no longer add up', async () => {
    const before = await app.seedReport(FINDINGS);
    expect(before.findings.map((f: any) => `${f.ruleId} ${f.expected} ${f.actual} v${f.reportVersion}`)).toEqual([
      'prose-table.same-figure 6 5 v1',
      'prose.breakdown-sum 13 14 v1',
      'repeats.key-domain-counts null 818 v1',
    ]);

    const editor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId });
    const response = await correct(bearer(editor));
    expect(response.body).toEqual({ data: { correctReport: { id: reportId, version: 2 } } });

    const after = await app.seedReport(`version checkSummary { checks holding broken errors warnings } ${FINDINGS}`);
    expect(after).toEqual({
      version: 2,
      checkSummary: { checks: 75, holding: 72, broken: 3, errors: 2, warnings: 1 },
      findings: [
        {
          ruleId: 'table.national.sum',
          status: 'BROKEN',
          expected: 13,
          actual: 14,
          reportVersion: 2,
          involved: expect.any(Array),
        },
        {
          ruleId: 'prose.breakdown-sum',
          status: 'BROKEN',
          expected: 13,
          actual: 14,
          reportVersion: 2,
          involved: [
            prose('requests.replies.refused', 14),
            prose('requests.replies.refused.state_secret', 1),
            prose('requests.replies.refused.not_government_information', 7),
            prose(OTHER_STATUTORY, 5),
          ],
        },
        {
          ruleId: 'repeats.key-domain-counts',
          status: 'BROKEN',
          expected: null,
          actual: 818,
          reportVersion: 2,
          involved: [
            { kind: 'PROSE', code: 'key_domains.public_enterprise_management.items', label: null, value: 818, text: '通过网站公开信息818条，包括《', line: 175, year: null },
            { kind: 'PROSE', code: 'key_domains.prices_and_fees.items', label: null, value: 818, text: '通过网站公开信息818条，包括《', line: 225, year: null },
          ],
        },
      ],
    });
    expect(after.findings[0].involved.map((r: any) => [r.kind, r.code, r.value, r.text])).toEqual([
      ['CELL', 'requests.replies.refused', 14, '14'],
      ['CELL', 'requests.replies.refused.state_secret', 1, '1'],
      ['CELL', 'requests.replies.refused.commercial_secret', 0, '0'],
      ['CELL', 'requests.replies.refused.personal_privacy', 0, '0'],
      ['CELL', 'requests.replies.refused.security_stability', 0, '0'],
      ['CELL', 'requests.replies.refused.not_government_information', 7, '7'],
      ['CELL', OTHER_STATUTORY, 5, '6'],
    ]);
    const conflict = await app.seedReport(`findings(status: HOLDS) { ruleId expected actual involved { code value text } }`);
    expect(conflict.findings.filter((f: any) => f.involved.some((r: any) => r.code === OTHER_STATUTORY && r.text === '6'))).toEqual([
      {
        ruleId: 'prose-table.same-figure',
        expected: 5,
        actual: 5,
        involved: [{ code: OTHER_STATUTORY, value: 5, text: refusals }, { code: OTHER_STATUTORY, value: 5, text: '6' }],
      },
    ]);
  });

  it('keeps version 1 readable: the cell reads 6 as of version 1 and 5 now, and the log says who changed what and why', async () => {
    const report = await app.seedReport(`
      now: tableCells(codePrefix: "${OTHER_STATUTORY}") { code value raw }
      first: tableCells(codePrefix: "${OTHER_STATUTORY}", asOfVersion: 1) { code value raw }
      typed: statistics2008(asOfVersion: 1) { applications { replies { refused { otherStatutory } } } }
      versions { version kind reason author changes { kind code proseOrdinal label fromValue toValue supersededInVersion } }`);
    expect(report.now).toEqual([{ code: OTHER_STATUTORY, value: 5, raw: '6' }]);
    expect(report.first).toEqual([{ code: OTHER_STATUTORY, value: 6, raw: '6' }]);
    expect(report.typed.applications.replies.refused.otherStatutory).toBe(6);
    expect(report.versions).toEqual([
      { version: 1, kind: 'IMPORT', reason: null, author: null, changes: [] },
      {
        version: 2,
        kind: 'CORRECTION',
        reason: 'The prose gives 5; the table’s 6 is a typing error.',
        author: expect.stringMatching(/^dgk_/),
        changes: [{ kind: 'TABLE_CELL', code: OTHER_STATUTORY, proseOrdinal: null, label: '法律法规规定的其他情形', fromValue: 6, toValue: 5, supersededInVersion: null }],
      },
    ]);
  });

  it('by an admin: a prose figure, version 3; each version reads its own values', async () => {
    const admin = await keyFor(app.database.orm, ApiKeyRole.ADMIN);
    const { proseFigures } = await app.seedReport('proseFigures(measurePrefix: "requests.replies.refused") { ordinal measure value }');
    const total = proseFigures.find((p: any) => p.measure === 'requests.replies.refused');
    const response = await correct(bearer(admin), { reason: 'Read 13 in the scanned original.', figures: [{ proseOrdinal: total.ordinal, value: 13 }] });
    expect(response.body).toEqual({ data: { correctReport: { id: reportId, version: 3 } } });
    const read = (version: number) => `v${version}: proseFigures(measurePrefix: "requests.replies.refused", asOfVersion: ${version}) { measure value }`;
    const report = await app.seedReport(`${read(1)} ${read(2)} ${read(3)} versions { version author }`);
    const refused = (list: any[]) => list.find((p) => p.measure === 'requests.replies.refused').value;
    expect([refused(report.v1), refused(report.v2), refused(report.v3)]).toEqual([14, 14, 13]);
    expect(report.versions.map((v: any) => [v.version, v.author])).toEqual([[1, null], [2, expect.stringMatching(/^dgk_/)], [3, admin.slice(0, 12)]]);
  });

  it('answers bad input with a code and a message saying what to fix, and records nothing', async () => {
    const editor = bearer(await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId }));
    const cell = (value: number, cellCode = OTHER_STATUTORY) => ({ figures: [{ cellCode, value }] });
    const cases: [Record<string, unknown>, [string, string]][] = [
      [{ reportId: '999999' }, ['NOT_FOUND', 'No Report with reportId "999999". Look it up through a list field first.']],
      [{ reportId: 'x' }, ['BAD_USER_INPUT', '"x" is not a valid Report id: ids are positive integers, as returned by the API.']],
      [cell(4, 'requests.nope'), ['NOT_FOUND', 'The report has no table cell with code "requests.nope". List them with Report.tableCells or Report.proseFigures.']],
      [{ figures: [{ proseOrdinal: 9999, value: 1 }] }, ['NOT_FOUND', 'The report has no prose figure with ordinal 9999. List them with Report.tableCells or Report.proseFigures.']],
      [cell(4.5), ['BAD_USER_INPUT', `Cell ${OTHER_STATUTORY} (法律法规规定的其他情形) is a count: the value must be a whole number, 0 or more, not 4.5.`]],
      [cell(-1), ['BAD_USER_INPUT', `Cell ${OTHER_STATUTORY} (法律法规规定的其他情形) is a count: the value must be a whole number, 0 or more, not -1.`]],
      [cell(5), ['BAD_USER_INPUT', `Cell ${OTHER_STATUTORY} (法律法规规定的其他情形) already holds 5: a correction must change the figure.`]],
      [{ reason: '  ' }, ['BAD_USER_INPUT', 'A correction needs a reason saying where the right value comes from.']],
      [{ figures: [] }, ['BAD_USER_INPUT', 'A correction needs at least one figure: give cellCode or proseOrdinal, and the value.']],
      [{ figures: [{ cellCode: OTHER_STATUTORY, proseOrdinal: 1, value: 4 }] }, ['BAD_USER_INPUT', 'Figure 1 must name either cellCode (a table cell) or proseOrdinal (a prose figure), not both.']],
      [{ figures: [{ value: 4 }] }, ['BAD_USER_INPUT', 'Figure 1 must name either cellCode (a table cell) or proseOrdinal (a prose figure), not neither.']],
      [{ figures: [{ cellCode: OTHER_STATUTORY, value: 4 }, { cellCode: OTHER_STATUTORY, value: 3 }] }, ['BAD_USER_INPUT', `Figure 2 corrects cell ${OTHER_STATUTORY} a second time; give each figure once.`]],
      // A valid first figure does not carry an invalid second one: the whole correction is refused.
      [{ figures: [{ cellCode: 'requests.received', value: 250 }, { cellCode: OTHER_STATUTORY, value: 0.5 }] }, ['BAD_USER_INPUT', `Cell ${OTHER_STATUTORY} (法律法规规定的其他情形) is a count: the value must be a whole number, 0 or more, not 0.5.`]],
    ];
    for (const [input, expected] of cases) expect(errors((await correct(editor, input)).body)).toEqual([expected]);
    const report = await app.seedReport(`version received: tableCells(codePrefix: "requests.received") { code value }`);
    expect(report.version).toBe(3);
    expect(report.received[0]).toEqual({ code: 'requests.received', value: 249 });
    const beyond = await app.graphql(`{ reports { edges { node { tableCells(asOfVersion: 4) { code } } } } }`);
    expect(errors(beyond.body)).toEqual([['BAD_USER_INPUT', `Report ${reportId} has versions 1 to 3; asOfVersion 4 is not one of them.`]]);
  });
});
