import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBaseTexts, synthesizeRun, writeManifestFolder } from '../../../scripts/bench/synthetic-reports.js';
import { loadConfig } from '../../../src/config.js';
import { type Database, openDatabase } from '../../../src/db/database.js';
import { runImport } from '../../../src/ingest/pipeline/run-import.js';
import { captureIo } from '../../support/capture-io.js';
import { REAL_DATABASE_URL, resetDatabase } from '../../support/test-app.js';
import { postgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwaway-postgres.js';

// Import threads need a server they can each connect to: the suite's PostgreSQL, or on the
// embedded run a cluster of the test's own.
const bin = postgresBinaries();
if (!REAL_DATABASE_URL && !bin) throw new Error('This test needs a PostgreSQL server (/usr/lib/postgresql/*/bin), as .ci/run installs.');

// Four governments of ten years each: two targets a thread.
const REPORTS = 40;

let cluster: ThrowawayPostgres | null = null;
let url: string;
let folder: string;
let manifest: string;
beforeAll(async () => {
  if (!REAL_DATABASE_URL) cluster = await startThrowawayPostgres(bin!);
  url = REAL_DATABASE_URL ?? cluster!.url;
  folder = await mkdtemp(join(tmpdir(), 'import-workers-'));
  manifest = writeManifestFolder(folder, synthesizeRun(await readBaseTexts(), 0, REPORTS));
});
afterAll(async () => {
  await cluster?.destroy();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Into an empty database, then every report's rows and findings, by issuer and year. */
async function importOn(workers: number): Promise<{ run: Awaited<ReturnType<typeof runImport>>; err: string; stored: Map<string, unknown> }> {
  await resetDatabase(url);
  const database: Database = await openDatabase(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }));
  try {
    const io = captureIo(database);
    const run = await runImport(['--workers', String(workers), '--jobs', '2', '--manifest', manifest], io);
    return { run, err: io.err(), stored: await storedReports(database) };
  } finally {
    await database.close();
  }
}

async function storedReports(database: Database): Promise<Map<string, unknown>> {
  const connection = database.orm.em.fork().getConnection();
  const rows = await connection.execute<{ issuer: string; year: number; cells: number; prose: number; sections: number; findings: string[] }[]>(
    `select g.name as issuer, r.year,
            (select count(*)::int from statistics_cell c where c.report_id = r.id) as cells,
            (select count(*)::int from prose_figure p where p.report_id = r.id) as prose,
            (select count(*)::int from report_section s where s.report_id = r.id) as sections,
            (select coalesce(array_agg(f.rule_id || ' ' || f.status || ' ' || f.fingerprint order by f.ordinal), '{}') from finding f where f.report_id = r.id) as findings
       from report r join government g on g.id = r.government_id
      order by g.name, r.year`,
  );
  return new Map(rows.map(({ issuer, year, ...parts }) => [`${issuer} ${year}`, parts]));
}

describe('npm run import --workers', () => {
  it('stores on two threads exactly what one thread stores: the same reports, rows and findings', async () => {
    const one = await importOn(1);
    const two = await importOn(2);

    for (const { run, err } of [one, two]) {
      expect(run.summary).toEqual({ imported: REPORTS, unchanged: 0, checked: 0, failed: [] });
      expect(run.exitCode).toBe(0);
      expect(err).toBe('');
    }
    expect([one.run.workers, two.run.workers]).toEqual([1, 2]);
    // The outcomes in the sources' order, whichever thread took each.
    expect(two.run.outcomes.map((o) => o.source)).toEqual(one.run.outcomes.map((o) => o.source));

    expect(two.stored.size).toBe(REPORTS);
    // Every report was checked.
    expect([...one.stored.values()].filter((r) => (r as { findings: string[] }).findings.length === 0)).toEqual([]);
    expect(two.stored).toEqual(one.stored);
  });

  it('takes fewer threads than asked when there are fewer targets, and says so', async () => {
    await resetDatabase(url);
    const database = await openDatabase(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }));
    try {
      const io = captureIo(database);
      const run = await runImport(['--workers', '8', '--manifest', manifest], io);
      expect(run.summary).toEqual({ imported: REPORTS, unchanged: 0, checked: 0, failed: [] });
      expect(run.workers).toBe(4);
      expect(io.err()).toBe("warning: --workers 8: importing on 4, one per target (a target's reports stay on one thread)\n");
    } finally {
      await database.close();
    }
  });

  it('imports on one thread on the embedded database, and says how to get more', async () => {
    const embedded = await openDatabase(loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
    try {
      const io = captureIo(embedded);
      const run = await runImport(['--workers', '2', '--manifest', manifest], io);
      expect(run.summary).toEqual({ imported: REPORTS, unchanged: 0, checked: 0, failed: [] });
      expect(run.workers).toBe(1);
      expect(io.err()).toBe(
        'warning: --workers 2: the embedded database serves one connection at a time, so the import runs on one thread; set DATABASE_URL to a PostgreSQL server to import on several\n',
      );
    } finally {
      await embedded.close();
    }
  });
});
