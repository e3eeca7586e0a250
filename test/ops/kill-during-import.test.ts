import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { recomputeStaleFindings } from '../../src/findings/recompute-findings.js';
import { runImport } from '../../src/ingest/pipeline/run-import.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';
import { reportPartCounts } from './report-parts.js';

// `npm run import` killed (SIGKILL) once the first of five real reports has committed, then the
// database opened again: every report is either whole (as many rows of each part as a clean
// import makes) or absent, and importing again completes the rest. On the embedded run the test
// serves an on-disk embedded database over its socket and the importer connects to it, so the
// test can see the first commit and kill the importer right after it.
const REGION_PATH = '370000:山东省:PROVINCE,379900:合成市:CITY';
const SOURCES = ['seeds/linzi-2017.txt', ...readdirSync(fromProjectRoot('test/fixtures/corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => `test/fixtures/corpus/${f}`)];
const ARGS = ['--region-path', REGION_PATH, '--jobs', '1', ...SOURCES];

const dirs: string[] = [];
const opened: Database[] = [];
let embedded: EmbeddedPostgres | null = null;
afterAll(async () => {
  for (const database of opened) await database.close();
  await embedded?.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const quiet = { write: () => true };
const config = (env: Record<string, string | undefined>) => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_ON_START: 'false', ...env });

/** Parts per report, keyed by year and title. */
async function partsByReport(database: Database): Promise<Map<string, Record<string, number> | null>> {
  const em = database.orm.em.fork();
  const reports = await em.getConnection().execute<{ id: number; year: number; title: string }[]>('select id, year, title from report order by id');
  const parts = new Map<string, Record<string, number> | null>();
  for (const report of reports) parts.set(`${report.year} ${report.title}`, await reportPartCounts(em, report.id));
  return parts;
}

describe('the importer killed mid-run', () => {
  it('leaves every report whole or absent, and a second run completes the rest', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'import-kill-'));
    dirs.push(dataDir);
    if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
    else embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 10 });
    const url = REAL_DATABASE_URL ?? embedded!.url;
    const env = { DATABASE_URL: url };
    const child: ChildProcess = spawn(process.execPath, ['--import=@swc-node/register/esm-register', 'scripts/import.ts', ...ARGS], {
      cwd: fromProjectRoot(),
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    let done = false;
    void exited.then(() => (done = true));
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    while (!done) {
      const hasTable = Number((await watcher.query("select count(*) as n from pg_tables where tablename = 'report'")).rows[0].n) > 0;
      if (hasTable && Number((await watcher.query('select count(*) as n from report')).rows[0].n) >= 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await watcher.end();
    child.kill('SIGKILL');
    expect(await exited, 'the import was still running when it was killed').toBe('SIGKILL');

    // The database after the crash.
    const crashed = await openDatabase(config(env));
    opened.push(crashed);
    const survivors = await partsByReport(crashed);

    // What a clean run makes, on a database of its own.
    const clean = await openDatabase(config({ DATA_DIR: 'memory://' }));
    opened.push(clean);
    expect((await runImport(ARGS, { stdout: quiet, stderr: quiet, database: clean })).exitCode).toBe(0);
    const whole = await partsByReport(clean);
    expect(whole.size).toBe(SOURCES.length);

    // Findings are derived: the importer checks the run's reports once at its end, and a server
    // checks unchecked reports when it starts. Every imported part itself must be whole.
    expect(survivors.size).toBeGreaterThanOrEqual(1);
    expect(survivors.size).toBeLessThan(SOURCES.length);
    const withoutFindings = (parts: Record<string, number> | null | undefined) => parts && Object.fromEntries(Object.entries(parts).filter(([part]) => part !== 'findings'));
    for (const [report, parts] of survivors) expect(withoutFindings(parts), report).toEqual(withoutFindings(whole.get(report)));

    // Start as a server would (checking unchecked reports), and run the import again: the rest
    // are imported, the survivors are left as they are, and everything matches a clean run.
    await recomputeStaleFindings(crashed.orm.em.fork());
    expect((await runImport(ARGS, { stdout: quiet, stderr: quiet, database: crashed })).exitCode).toBe(0);
    expect(await partsByReport(crashed)).toEqual(whole);
  });
});
