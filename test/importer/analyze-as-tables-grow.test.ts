import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyzeAsTablesGrow } from '../../src/importer/analyze-as-tables-grow.js';
import { importReport } from '../../src/importer/import-report.js';
import { SHANDONG, syntheticDocument } from '../findings/support/documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * A bulk import analyzes the tables foreign keys point at each time the reports table has
 * doubled, so that PostgreSQL's cached plans of its checks are made again at the tables' new
 * size. ANALYZE is seen in pg_class.reltuples, which it sets to the rows it counted.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const sql = async <T>(query: string): Promise<T> => ((await app.database.orm.em.fork().getConnection().execute(query)) as T[])[0];
const reportsTable = () => sql<{ rows: number; analyzed: number }>(`select (select count(*)::int from report) as rows, (select reltuples::int from pg_class where oid = 'report'::regclass) as analyzed`);

async function importCounty(code: string): Promise<void> {
  const doc = syntheticDocument({ government: `${code}县人民政府`, regionPath: [SHANDONG, { code, name: `${code}县`, level: 'COUNTY' }], year: 2021, cells: { 'applications.new_received.total': 1 } });
  await importReport(app.database.orm.em.fork(), doc);
}

describe('ANALYZE as a bulk import grows the tables', () => {
  it('runs when the reports reach 100, then each time they double, and not between', async () => {
    const warnings: string[] = [];
    const stored = (await reportsTable()).rows;
    const analyzer = await AnalyzeAsTablesGrow.start(app.database.orm.em.fork(), (message) => warnings.push(message));

    // Three reports really written; the rest of the run only counted, as the trigger reads counts.
    for (const code of ['379971', '379972', '379973']) await importCounty(code);
    for (let reports = stored; reports < 99; reports++) analyzer.imported();
    await analyzer.settle();
    expect((await reportsTable()).analyzed).not.toBe(stored + 3);

    analyzer.imported(); // the 100th report
    await analyzer.settle();
    expect(await reportsTable()).toEqual({ rows: stored + 3, analyzed: stored + 3 });

    await importCounty('379974');
    for (let reports = 100; reports < 199; reports++) analyzer.imported();
    await analyzer.settle();
    expect((await reportsTable()).analyzed).toBe(stored + 3);

    analyzer.imported(); // the 200th
    await analyzer.settle();
    expect(await reportsTable()).toEqual({ rows: stored + 4, analyzed: stored + 4 });
    expect(warnings).toEqual([]);
  });

  it('leaves a database larger than the run alone', async () => {
    const analyzer = await AnalyzeAsTablesGrow.start(app.database.orm.em.fork(), () => {});
    const before = await reportsTable();
    await importCounty('379975');
    // Stored reports count as analyzed: fewer than 50 could not double, so the first ANALYZE waits for 100 in all.
    for (let reports = before.rows; reports < 99; reports++) analyzer.imported();
    await analyzer.settle();
    expect((await reportsTable()).analyzed).toBe(before.analyzed);
  });

  it('reports an ANALYZE that fails, and does not throw: the database went away', async () => {
    const warnings: string[] = [];
    const analyzer = await AnalyzeAsTablesGrow.start(app.database.orm.em.fork(), (message) => warnings.push(message));
    await app.stop();
    app = undefined as unknown as TestApp;
    for (let i = 0; i < 200; i++) analyzer.imported();
    await analyzer.settle();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^could not analyze the tables the import grows \(the import goes on, perhaps slower\): \S/);
  });
});
