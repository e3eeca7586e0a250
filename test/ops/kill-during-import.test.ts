import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { recomputeStaleFindings } from '../../src/findings/recompute-findings.js';
import { runImport } from '../../src/ingest/pipeline/run-import.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';
import { reportPartCounts } from './report-parts.js';

// `npm run import` killed (SIGKILL) in the middle of a run of five real reports, then the
// database opened again: every report is either whole (as many rows of each part as a clean
// import makes) or absent, and importing again completes the rest.
const REGION_PATH = '370000:山东省:PROVINCE,379900:合成市:CITY';
const SOURCES = ['seeds/linzi-2017.txt', ...readdirSync(fromProjectRoot('test/fixtures/corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => `test/fixtures/corpus/${f}`)];
const ARGS = ['--region-path', REGION_PATH, '--jobs', '1', ...SOURCES];
/** Embedded run: the child cannot be watched through its database, so it is killed once it has done this much CPU work (a clean run takes about 19 s). */
const EMBEDDED_KILL_AFTER_CPU_S = 11;

const dirs: string[] = [];
const opened: Database[] = [];
afterAll(async () => {
  for (const database of opened) await database.close();
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

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

describe('the importer killed mid-run', () => {
  it('leaves every report whole or absent, and a second run completes the rest', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'import-kill-'));
    dirs.push(dataDir);
    if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
    const env = REAL_DATABASE_URL ? { DATABASE_URL: REAL_DATABASE_URL } : { DATA_DIR: dataDir };
    const child: ChildProcess = spawn(process.execPath, ['--import=@swc-node/register/esm-register', 'scripts/import.ts', ...ARGS], {
      cwd: fromProjectRoot(),
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    let done = false;
    void exited.then(() => (done = true));
    const watcher = REAL_DATABASE_URL ? new pg.Client({ connectionString: REAL_DATABASE_URL }) : null;
    await watcher?.connect();
    // PostgreSQL run: kill once the first report has committed; embedded run: after a fixed amount of CPU work.
    while (!done) {
      const progressed = watcher
        ? Number((await watcher.query("select count(*) as n from pg_tables where tablename = 'report'")).rows[0].n) > 0 &&
          Number((await watcher.query('select count(*) as n from report')).rows[0].n) >= 1
        : cpuSeconds(child.pid!) >= EMBEDDED_KILL_AFTER_CPU_S;
      if (progressed) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await watcher?.end();
    child.kill('SIGKILL');
    expect(await exited, 'the import was still running when it was killed').toBe('SIGKILL');

    // The database after the crash (PostgreSQL, or PGlite recovering its folder).
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
