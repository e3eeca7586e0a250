import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFacts } from '../../src/findings/facts.js';
import type { InvolvedRef } from '../../src/findings/rule.js';
import { storedInvolved } from '../../src/findings/stored-involved.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const OTHER_STATUTORY = 'requests.replies.refused.other_statutory';
const REFUSALS =
  '申请答复数249件，其中属于已主动公开范围数7件，同意公开答复数102件，同意部分公开答复数17件，不同意公开答复数14件（其中，涉及国家秘密1件，不是《条例》所指政府信息7件，法律法规规定的其他情形的5件），不属于本行政机关公开数39件，申请信息不存在数54件，告知作出更改补充数16件。';
const WHOLE = [
  { kind: 'PROSE', code: OTHER_STATUTORY, label: null, value: 5, text: REFUSALS, line: 438, year: null },
  { kind: 'CELL', code: OTHER_STATUTORY, label: '法律法规规定的其他情形', value: 6, text: '6', line: 630, year: null },
];
const SAME_FIGURE = `findings(status: BROKEN) { ruleId involved { kind code label value text line year } }`;
const storedRow = async () => {
  const rows = await app.database.orm.em
    .getConnection()
    .execute(`select id, involved from finding where rule_id = 'prose-table.same-figure' and status = 'BROKEN' and message like '%法律法规规定的其他情形%'`);
  expect(rows).toHaveLength(1);
  return rows[0] as { id: number; involved: unknown };
};

describe('a finding stores its own report’s cells and sentences by reference', () => {
  it('keeps the seed’s 其他情形 contradiction as codes, values and the sentence’s line, and the API gives the refs whole', async () => {
    expect((await storedRow()).involved).toEqual([
      { kind: 'PROSE', code: OTHER_STATUTORY, value: 5, line: 438 },
      { kind: 'CELL', code: OTHER_STATUTORY, value: 6 },
    ]);
    const { findings } = await app.seedReport(SAME_FIGURE);
    expect(findings[0]).toEqual({ ruleId: 'prose-table.same-figure', involved: WHOLE });
  });

  it('serves a finding stored whole, as before refs were stored by reference, unchanged', async () => {
    const { id, involved } = await storedRow();
    const connection = app.database.orm.em.getConnection();
    await connection.execute('update finding set involved = ?::jsonb where id = ?', [JSON.stringify(WHOLE), id]);
    try {
      const { findings } = await app.seedReport(SAME_FIGURE);
      expect(findings[0]).toEqual({ ruleId: 'prose-table.same-figure', involved: WHOLE });
    } finally {
      await connection.execute('update finding set involved = ?::jsonb where id = ?', [JSON.stringify(involved), id]);
    }
  });
});

describe('storedInvolved', () => {
  const own = {
    cells: [{ code: 'a', label: 'A', unit: '件', value: 3, raw: '3', parent: null, line: 10 }],
    prose: [
      { measure: 'm', value: 3, unit: '件', sentence: '收到申请3件。', line: 4 },
      { measure: 'n', value: 1, unit: '件', sentence: '其中1件。', line: 5 },
      { measure: 'n', value: 2, unit: '件', sentence: '又有2件。', line: 5 },
    ],
  } as unknown as ReportFacts;
  const ref = (fields: Partial<InvolvedRef>): InvolvedRef => ({ kind: 'CELL', code: 'a', label: 'A', value: 3, text: '3', line: 10, year: null, ...fields });

  it('keeps whole every ref its report’s own rows do not answer exactly', () => {
    const whole = [
      ref({ label: 'A (as the ledger names it)' }),
      ref({ text: '3件' }),
      ref({ year: 2016 }),
      ref({ code: 'not-a-cell' }),
      ref({ kind: 'PROSE', code: 'n', label: null, value: 1, text: '其中1件。', line: 5 }),
      ref({ kind: 'PROSE', code: null, label: null, value: null, text: '收到申请3件。', line: 4 }),
      ref({ kind: 'SECTION', code: null, label: '概述', value: null, text: '……', line: 1 }),
    ];
    expect(storedInvolved(whole, own)).toEqual(whole);
  });

  it('leaves out what the cell or the one sentence of the measure on that line holds', () => {
    expect(storedInvolved([ref({ value: 2 }), ref({ kind: 'PROSE', code: 'm', label: null, value: 3, text: '收到申请3件。', line: 4 })], own)).toEqual([
      { kind: 'CELL', code: 'a', value: 2 },
      { kind: 'PROSE', code: 'm', value: 3, line: 4 },
    ]);
  });
});
