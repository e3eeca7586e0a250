import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_SET_VERSION } from '../../src/findings/rule-set.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const ref = 'kind code label value text line year';

describe('the seed report’s consistency findings, computed when it was imported', () => {
  it('counts 75 checks, of which 72 hold', async () => {
    const { checkSummary } = await app.seedReport('checkSummary { checks holding broken errors warnings ruleSetVersion }');
    expect(checkSummary).toEqual({ checks: 75, holding: 72, broken: 3, errors: 2, warnings: 1, ruleSetVersion: RULE_SET_VERSION });
  });

  it('breaks exactly the known contradictions: 其他情形 5 in the prose against 6 in the table, 14 refusals broken down into 13, and 818 items in two key domains', async () => {
    const { findings } = await app.seedReport(`findings(status: BROKEN) { ruleId severity status expected actual message involved { ${ref} } }`);
    const refusals = '申请答复数249件，其中属于已主动公开范围数7件，同意公开答复数102件，同意部分公开答复数17件，不同意公开答复数14件（其中，涉及国家秘密1件，不是《条例》所指政府信息7件，法律法规规定的其他情形的5件），不属于本行政机关公开数39件，申请信息不存在数54件，告知作出更改补充数16件。';
    const prose = (code: string, value: number, text: string, line: number) => ({ kind: 'PROSE', code, label: null, value, text, line, year: null });
    expect(findings).toEqual([
      {
        ruleId: 'prose-table.same-figure',
        severity: 'ERROR',
        status: 'BROKEN',
        expected: 6,
        actual: 5,
        message: 'The prose says 5件 for 法律法规规定的其他情形; the table says 6',
        involved: [
          prose('requests.replies.refused.other_statutory', 5, refusals, 438),
          { kind: 'CELL', code: 'requests.replies.refused.other_statutory', label: '法律法规规定的其他情形', value: 6, text: '6', line: 630, year: null },
        ],
      },
      {
        ruleId: 'prose.breakdown-sum',
        severity: 'ERROR',
        status: 'BROKEN',
        expected: 13,
        actual: 14,
        message: 'requests.replies.refused: the prose states 14件 and parts 1 + 7 + 5 = 13, which differs',
        involved: [
          prose('requests.replies.refused', 14, refusals, 438),
          prose('requests.replies.refused.state_secret', 1, refusals, 438),
          prose('requests.replies.refused.not_government_information', 7, refusals, 438),
          prose('requests.replies.refused.other_statutory', 5, refusals, 438),
        ],
      },
      {
        ruleId: 'repeats.key-domain-counts',
        severity: 'WARNING',
        status: 'BROKEN',
        expected: null,
        actual: 818,
        message: '2 key domains report exactly 818 items: public_enterprise_management, prices_and_fees',
        involved: [
          prose('key_domains.public_enterprise_management.items', 818, '通过网站公开信息818条，包括《', 175),
          prose('key_domains.prices_and_fees.items', 818, '通过网站公开信息818条，包括《', 225),
        ],
      },
    ]);
  });

  it('reports every identity that holds in the seed as holding', async () => {
    const { findings } = await app.seedReport('findings { ruleId status expected actual }');
    const list = findings.map((f: any) => `${f.ruleId} ${f.status} ${f.expected} ${f.actual}`);
    expect(list).toEqual(SEED_CHECKS);
  });
});

/** Every check of the seed, in order: rule, status, expected, actual. */
const SEED_CHECKS = [
  'table.national.sum HOLDS 249 249',
  'table.national.sum HOLDS 249 249',
  'table.national.sum HOLDS 249 249',
  'table.national.sum HOLDS 14 14',
  'table.national.sum HOLDS 11 11',
  'table.national.sum HOLDS 59 59',
  'table.national.sum HOLDS 0 0',
  'table.national.sum HOLDS 128 128',
  'table.national.sum HOLDS 3 3',
  'table.national.sum HOLDS 77 77',
  'table.national.sum HOLDS 4500 4500',
  'table.national.sum HOLDS 79 79',
  'table.national.of-which HOLDS 12274 25',
  'table.national.of-which HOLDS 6 2',
  'table.national.of-which HOLDS 0 0',
  'table.national.channel-sum HOLDS 12274 12274',
  'table.national.channel-sum HOLDS 347 347',
  'prose-table.same-figure HOLDS 347 347',
  'prose-table.same-figure HOLDS 6 6',
  'prose-table.same-figure HOLDS 30 30',
  'prose-table.same-figure HOLDS 311 311',
  'prose-table.same-figure HOLDS 12274 12274',
  'prose-table.same-figure HOLDS 7487 7487',
  'prose-table.same-figure HOLDS 895 895',
  'prose-table.same-figure HOLDS 3012 3012',
  'prose-table.same-figure HOLDS 161 161',
  'prose-table.same-figure HOLDS 719 719',
  'prose-table.same-figure HOLDS 7487 7487',
  'prose-table.same-figure HOLDS 12 12',
  'prose-table.same-figure HOLDS 249 249',
  'prose-table.same-figure HOLDS 132 132',
  'prose-table.same-figure HOLDS 30 30',
  'prose-table.same-figure HOLDS 56 56',
  'prose-table.same-figure HOLDS 31 31',
  'prose-table.same-figure HOLDS 249 249',
  'prose-table.same-figure HOLDS 231 231',
  'prose-table.same-figure HOLDS 18 18',
  'prose-table.same-figure HOLDS 249 249',
  'prose-table.same-figure HOLDS 7 7',
  'prose-table.same-figure HOLDS 102 102',
  'prose-table.same-figure HOLDS 17 17',
  'prose-table.same-figure HOLDS 14 14',
  'prose-table.same-figure HOLDS 1 1',
  'prose-table.same-figure HOLDS 7 7',
  'prose-table.same-figure BROKEN 6 5',
  'prose-table.same-figure HOLDS 39 39',
  'prose-table.same-figure HOLDS 54 54',
  'prose-table.same-figure HOLDS 16 16',
  'prose-table.same-figure HOLDS 11 11',
  'prose-table.same-figure HOLDS 1 1',
  'prose-table.same-figure HOLDS 8 8',
  'prose-table.same-figure HOLDS 2 2',
  'prose-table.same-figure HOLDS 59 59',
  'prose-table.same-figure HOLDS 31 31',
  'prose-table.same-figure HOLDS 6 6',
  'prose-table.same-figure HOLDS 22 22',
  'prose.breakdown-sum HOLDS 249 249',
  'prose.breakdown-sum HOLDS 249 249',
  'prose.breakdown-sum HOLDS 249 249',
  'prose.breakdown-sum BROKEN 13 14',
  'prose.breakdown-sum HOLDS 11 11',
  'prose.breakdown-sum HOLDS 59 59',
  'prose.category-sum HOLDS 12274 12274',
  'shares.stated-share HOLDS 60.9989 61',
  'shares.stated-share HOLDS 7.2918 7.29',
  'shares.stated-share HOLDS 24.5397 24.54',
  'shares.stated-share HOLDS 1.3117 1.31',
  'shares.stated-share HOLDS 5.8579 5.86',
  'repeats.key-domain-counts BROKEN null 818',
  'plausibility.whole-non-negative-counts HOLDS 0 0',
  'plausibility.rate-range HOLDS 0 0',
  'plausibility.closed-within-received HOLDS 249 249',
  'prose.other-year HOLDS 2017 2017',
  'prose.problems-section-empty HOLDS null null',
  'prose.fees-charged-while-none HOLDS 0 0',
];
