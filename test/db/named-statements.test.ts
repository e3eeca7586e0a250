import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { importReport } from '../../src/importer/import-report.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { parseReportDocument } from '../../src/report-document/load-report-document.js';
import { REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';

// The importer's fixed statements are prepared by name on a real PostgreSQL, once per connection,
// and never on the embedded database, whose pooled connections share one session.
let db: Database;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  // One pooled connection, so the catalogue below is the importer's own session.
  db = await openDatabase(loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', LOG_LEVEL: 'silent', DB_POOL_MAX: '1' }));
});
afterAll(() => db?.close());

const seed = async () => parseReportDocument(JSON.parse(await readFile(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8')), 'seed');
const named = async () => (await db.orm.em.fork().getConnection().execute<{ name: string }[]>(`select name from pg_prepared_statements where name like 'bound\\_%' order by name`)).map((row) => row.name);

describe('named import statements', () => {
  it('prepare each statement of a new report once per connection, and use it again for the next report', async () => {
    await importReport(db.orm.em.fork(), await seed());
    expect(await named()).toHaveLength(REAL_DATABASE_URL ? 4 : 0);
    // 2018 has a report of the year before: the reservation reads alongside it (a statement of another shape), and its facts are read.
    await importReport(db.orm.em.fork(), { ...(await seed()), year: 2018 });
    const shapes = await named();
    expect(shapes).toHaveLength(REAL_DATABASE_URL ? 6 : 0);
    await importReport(db.orm.em.fork(), { ...(await seed()), year: 2019 });
    expect(await named()).toEqual(shapes);
    const years = await db.orm.em.fork().getConnection().execute<{ year: number }[]>('select year from report order by year');
    expect(years.map((row) => row.year)).toEqual([2017, 2018, 2019]);
  });
});
