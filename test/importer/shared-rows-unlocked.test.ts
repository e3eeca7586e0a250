import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../src/importer/import-report.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { parseReportDocument } from '../../src/report-document/load-report-document.js';
import { REAL_DATABASE_URL, startTestApp, type TestApp } from '../support/test-app.js';
import { postgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres.js';

/*
 * Every report names the same five disclosure channels, which the import finds or creates with
 * INSERT … ON CONFLICT. ON CONFLICT DO UPDATE locks the row it conflicts with until the
 * transaction ends, even when its WHERE then updates nothing, so every import waited for the
 * one before it to commit: `--jobs 4` ran one import at a time.
 *
 * Row locks are between sessions, and the embedded database has one session, so on the embedded
 * run the test starts a PostgreSQL cluster of its own.
 */
const bin = postgresBinaries();
if (!REAL_DATABASE_URL && !bin) throw new Error('This test needs a PostgreSQL server (/usr/lib/postgresql/*/bin), as .ci/run installs.');

let app: TestApp;
let cluster: ThrowawayPostgres | null = null;
let url: string;
beforeAll(async () => {
  if (!REAL_DATABASE_URL) cluster = await startThrowawayPostgres(bin!);
  url = REAL_DATABASE_URL ?? cluster!.url;
  app = await startTestApp({ DATABASE_URL: url });
});
afterAll(async () => {
  await app?.stop();
  await cluster?.destroy();
});

async function seedUnder(government: string, code: string) {
  const doc = parseReportDocument(JSON.parse(await readFile(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8')), 'seed');
  doc.issuer.government.name = `${government}人民政府`;
  doc.issuer.government.regionPath = [doc.issuer.government.regionPath[0], { code, name: government, level: 'COUNTY' }];
  doc.pilot = null;
  return doc;
}

/** Whether some session comes to wait on a lock that session `pid` holds before `work` ends. */
async function waitsOn(pid: number, work: Promise<unknown>): Promise<boolean> {
  const watcher = new pg.Client(url);
  await watcher.connect();
  let done = false;
  void work.finally(() => (done = true));
  try {
    while (!done) {
      const { rows } = await watcher.query('select count(*)::int as waiting from pg_stat_activity where $1 = any(pg_blocking_pids(pid))', [pid]);
      if (rows[0].waiting > 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  } finally {
    await watcher.end();
  }
}

describe('two imports at once', () => {
  it('do not wait for each other on the disclosure channels they share', async () => {
    // The first import done but not committed, as another job's import in flight.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstPid!: (pid: number) => void;
    const pid = new Promise<number>((resolve) => (firstPid = resolve));
    const first = app.database.orm.em.fork().transactional(async (tx) => {
      await importReport(tx, await seedUnder('合成一县', '379901'));
      const [row] = await tx.getConnection().execute('select pg_backend_pid() as pid', [], 'all', tx.getTransactionContext());
      firstPid(row.pid);
      await held;
    });

    const second = importReport(app.database.orm.em.fork(), await seedUnder('合成二县', '379902'));
    const waited = await waitsOn(await pid, second);
    release();
    await Promise.all([first, second]);
    expect(waited).toBe(false);
    const counties = await app.database.orm.em.fork().getConnection().execute(`select count(*)::int as n from report r join government g on g.id = r.government_id where g.name like '合成%'`);
    expect(counties).toEqual([{ n: 2 }]);
  });
});
