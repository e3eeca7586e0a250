import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctReport } from '../../src/corrections/correct-report.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { importReport } from '../../src/importer/import-report.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { loadReportDocument } from '../../src/report-document/load-report-document.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A re-import of the source after a correction: the correction stands while the source still
// gives the value it corrected, and is superseded, visibly, once the source gives another.
let app: TestApp;
let seed: ReportDocument;
beforeAll(async () => {
  app = await startTestApp();
  seed = await loadReportDocument(fromProjectRoot('seeds', 'linzi-2017.json'));
  const { id } = await app.seedReport('id');
  await correctReport(app.database.orm.em.fork(), {
    reportId: Number(id),
    reason: 'The prose gives 5.',
    figures: [{ cellCode: OTHER_STATUTORY, value: 5 }],
    author: 'dgk_test0000',
  });
});
afterAll(() => app?.stop());

const OTHER_STATUTORY = 'requests.replies.refused.other_statutory';
const GRANTED = 'requests.replies.granted';

/** The seed with some table cells printed differently, as a re-published source would. */
const withCells = (values: Record<string, number>): ReportDocument => ({
  ...seed,
  source: { ...seed.source, sha256: 'f'.repeat(64) },
  table: { ...seed.table, cells: seed.table.cells.map((c) => (c.code in values ? { ...c, value: values[c.code], raw: String(values[c.code]) } : c)) },
});
const reimport = (doc: ReportDocument) => importReport(app.database.orm.em.fork(), doc);
const cells = (version: number) =>
  `v${version}: tableCells(asOfVersion: ${version}) { code value }`;
const pick = (list: { code: string; value: number }[]) => Object.fromEntries(list.filter((c) => c.code === OTHER_STATUTORY || c.code === GRANTED).map((c) => [c.code, c.value]));
const LOG = 'version versions { version kind sourceSha256 changes { code fromValue toValue supersededInVersion } }';

describe('re-importing a corrected report', () => {
  it('keeps the correction and adds no version when the source still says what was corrected', async () => {
    await reimport(seed);
    const report = await app.seedReport(`${LOG} now: tableCells(codePrefix: "${OTHER_STATUTORY}") { value }`);
    expect(report.version).toBe(2);
    expect(report.versions.map((v: any) => [v.version, v.kind, v.changes])).toEqual([
      [1, 'IMPORT', []],
      [2, 'CORRECTION', [{ code: OTHER_STATUTORY, fromValue: 6, toValue: 5, supersededInVersion: null }]],
    ]);
    expect(report.now).toEqual([{ value: 5 }]);
  });

  it('keeps the correction and logs the source’s other changes as a re-import version', async () => {
    await reimport(withCells({ [GRANTED]: 103 }));
    const report = await app.seedReport(`${LOG} ${cells(1)} ${cells(2)} ${cells(3)}`);
    expect(report.version).toBe(3);
    expect(report.versions[2]).toEqual({ version: 3, kind: 'REIMPORT', sourceSha256: 'f'.repeat(64), changes: [{ code: GRANTED, fromValue: 102, toValue: 103, supersededInVersion: null }] });
    expect([pick(report.v1), pick(report.v2), pick(report.v3)]).toEqual([
      { [GRANTED]: 102, [OTHER_STATUTORY]: 6 },
      { [GRANTED]: 102, [OTHER_STATUTORY]: 5 },
      { [GRANTED]: 103, [OTHER_STATUTORY]: 5 },
    ]);
    const { findings } = await app.seedReport('findings(status: BROKEN) { ruleId reportVersion }');
    expect(new Set(findings.map((f: any) => f.reportVersion))).toEqual(new Set([3]));
  });

  it('supersedes the correction when the source now prints another value, and says by which version', async () => {
    await reimport(withCells({ [GRANTED]: 103, [OTHER_STATUTORY]: 7 }));
    const report = await app.seedReport(`${LOG} ${cells(2)} ${cells(4)}`);
    expect(report.version).toBe(4);
    expect(report.versions.map((v: any) => [v.version, v.kind, v.changes])).toEqual([
      [1, 'IMPORT', []],
      [2, 'CORRECTION', [{ code: OTHER_STATUTORY, fromValue: 6, toValue: 5, supersededInVersion: 4 }]],
      [3, 'REIMPORT', [{ code: GRANTED, fromValue: 102, toValue: 103, supersededInVersion: null }]],
      [4, 'REIMPORT', [{ code: OTHER_STATUTORY, fromValue: 5, toValue: 7, supersededInVersion: null }]],
    ]);
    expect([pick(report.v2), pick(report.v4)]).toEqual([{ [GRANTED]: 102, [OTHER_STATUTORY]: 5 }, { [GRANTED]: 103, [OTHER_STATUTORY]: 7 }]);
  });

  it('numbers concurrent corrections one after another: the report row is locked for each', async () => {
    const { id, version } = await app.seedReport('id version');
    const correction = (value: number) =>
      correctReport(app.database.orm.em.fork(), { reportId: Number(id), reason: `Set to ${value}.`, figures: [{ cellCode: 'requests.received.online', value }], author: 'dgk_test0000' });
    await Promise.all([correction(31), correction(32), correction(33)]);
    const report = await app.seedReport('versions { version reason changes { fromValue toValue } }');
    const corrections = report.versions.slice(version);
    expect(corrections.map((v: any) => v.version)).toEqual([version + 1, version + 2, version + 3]);
    // Each one started from the value the one before it left.
    expect(corrections[0].changes[0].fromValue).toBe(30);
    expect(corrections[1].changes[0].fromValue).toBe(corrections[0].changes[0].toValue);
    expect(corrections[2].changes[0].fromValue).toBe(corrections[1].changes[0].toValue);
  });
});
