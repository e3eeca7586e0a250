import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { AnalyzeAsTablesGrow } from '../../src/importer/analyze-as-tables-grow.js';
import { RecentFacts } from '../../src/findings/recent-facts.js';
import { importReport } from '../../src/importer/import-report.js';
import { buildReportDocument } from '../../src/ingest/pipeline/build-report-document.js';
import { runImport } from '../../src/ingest/pipeline/run-import.js';
import { storedSourceSha256 } from '../../src/ingest/pipeline/stored-source.js';
import { mainThreadCpuMs } from './main-thread-cpu.js';
import { localPostgresCpuMs } from './postgres-cpu.js';
import { printTable } from './print-table.js';
import { FAMILIES, familyOf, FIRST_YEAR, readBaseTexts, type Synthetic, synthesizeRun, writeManifestFolder, YEARS_PER_GOVERNMENT } from './synthetic-reports.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';

/**
 * Importer benchmark (not a test): parse-and-import time per report and for a folder of many.
 *
 *   node --import=@swc-node/register/esm-register scripts/bench/import-bench.ts [--reports N] [--warmup W] [--jobs J] [--workers W]
 *
 * Real pipeline: readReportSource → buildReportDocument → (storedSourceSha256 check, as the CLI
 * does) → importReport, one report after another, on the database of openDatabase(loadConfig()). DATABASE_URL picks a real
 * PostgreSQL (the synthetic reports ARE WRITTEN into it); without it the embedded PGlite is used,
 * in memory (DATA_DIR=memory://) unless the caller set DATA_DIR.
 *
 * Then the same number of further reports as files in a temporary folder, a folder per
 * government, through the CLI's own runImport with --jobs J and a manifest naming each folder's
 * region: read, parse and import end to end, as `npm run import -- --manifest <csv>`.
 *
 * The reports are SYNTHETIC (synthetic-reports.ts): the seed and corpus texts renamed to made-up
 * county governments 合成县NNNN人民政府 in regions of their own, ten years each, with source
 * URLs on the reserved .invalid domain.
 */

process.env.DATA_DIR ??= 'memory://';
// The importer's own log lines would drown the table; the caller may still ask for them.
process.env.LOG_LEVEL ??= 'warn';

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  options: {
    reports: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '10' },
    jobs: { type: 'string', default: '4' },
    workers: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write('usage: import-bench.ts [--reports N (default 2000)] [--warmup W (default 10)] [--jobs J (default 4)] [--workers W (default: as the CLI chooses)]\n');
  process.exit(0);
}
const N = positiveInt('--reports', values.reports!);
const WARMUP = positiveInt('--warmup', values.warmup!, true);
const JOBS = positiveInt('--jobs', values.jobs!);
// Unset: as the CLI chooses (one thread per two cores, workerCount in import-in-workers.ts).
const WORKERS = values.workers === undefined ? null : positiveInt('--workers', values.workers);

const TARGET_MS_PER_REPORT = 50;
const TARGET_REPORTS = 10_000;
const TARGET_SECONDS = 60;

const stderr = process.stderr;
const out = process.stdout;

const bases = await readBaseTexts();

// ---------------------------------------------------------------------------------------------
out.write(`disclosure-gateway importer benchmark — the ${N} reports are SYNTHETIC (合成县NNNN人民政府, each in its own county of made-up cities 37CC00 of 山东省,\n`);
out.write(`one report a year ${FIRST_YEAR}–${FIRST_YEAR + YEARS_PER_GOVERNMENT - 1}), generated from ${bases.map((b) => b.file).join(', ')}; they are not real data.\n`);

const config = loadConfig();
if (config.DATABASE_URL) {
  stderr.write(`warning: DATABASE_URL is set: ${N} synthetic reports (合成县…) will be written into that PostgreSQL database\n`);
}
const openStart = performance.now();
const database: Database = await openDatabase(config);
const openMs = performance.now() - openStart;
const dbLabel = database.kind === 'embedded' ? `embedded PGlite (DATA_DIR=${config.DATA_DIR})` : 'PostgreSQL (DATABASE_URL)';
out.write(`database: ${dbLabel}, opened and migrated in ${openMs.toFixed(0)} ms\n\n`);

// Counts statements by kind while `sql.on`, by listening to what MikroORM reports to its logger.
const sql = { on: false, reads: 0, writes: 0, other: 0 };
const logger = database.orm.config.getLogger();
const logQuery = logger.logQuery.bind(logger);
logger.logQuery = (context) => {
  if (sql.on) {
    const query = context.query ?? '';
    const verb = /^\s*(\w+)/.exec(query)?.[1]?.toLowerCase();
    // A WITH statement is a write when one of its parts writes (the importer's data-modifying CTEs).
    const kind = verb === 'with' ? (/\b(insert|update|delete)\b/i.test(query) ? 'insert' : 'select') : verb;
    if (kind === 'select') sql.reads += 1;
    else if (kind === 'insert' || kind === 'update' || kind === 'delete') sql.writes += 1;
    else sql.other += 1;
  }
  logQuery(context);
};

type Status = 'imported' | 'unchanged';
/** What the CLI does with one document (run-import.ts importOne): skip it when its source is already stored. */
// As the CLI keeps them for a run (run-import.ts).
const recent = new RecentFacts();

async function importDocument(doc: ReportDocument): Promise<Status> {
  const em = database.orm.em.fork();
  if ((await storedSourceSha256(em, doc)) === doc.source.sha256) return 'unchanged';
  await importReport(em, doc, { recent });
  return 'imported';
}

let exitCode = 0;
try {
  // Warm-up: untimed, on governments of its own (合成县0000…), a report of each year of theirs, each imported twice.
  const warmGovernments = Math.ceil(WARMUP / YEARS_PER_GOVERNMENT);
  for (const w of synthesizeRun(bases, 0, WARMUP)) {
    const doc = buildReportDocument(w.text, w.origin, w.issuer);
    await importDocument(doc);
    await importDocument(doc);
  }

  // (0) Synthetic texts, in memory: the next governments for the import, the ones after for the folder.
  const governments = Math.ceil(N / YEARS_PER_GOVERNMENT);
  const synthetics = synthesizeRun(bases, warmGovernments, N);

  // (1) Parse only: text → document.
  const parseMs = new Float64Array(N);
  const documents: ReportDocument[] = new Array(N);
  let bar = startBar('parse ', N);
  const parseStart = performance.now();
  for (let i = 0; i < N; i++) {
    const s = synthetics[i];
    const t0 = performance.now();
    documents[i] = buildReportDocument(s.text, s.origin, s.issuer);
    parseMs[i] = performance.now() - t0;
    bar.increment();
  }
  const parseTotal = performance.now() - parseStart;
  bar.stop();
  const sanity = documents.filter((d, i) => familyOf(d) !== synthetics[i].base.family || !d.title.includes('合成')).length;
  if (sanity > 0) throw new Error(`${sanity} synthetic documents did not parse as their source's family or lost the 合成 title`);

  // (2) Import of the N documents.
  const importRun = await importAll('import  ', documents);
  // (3) Re-import of the same, unchanged documents: the CLI finds their sha256 stored and writes nothing.
  const reimportRun = await importAll('reimport', documents);

  // (4) A folder of further reports through the CLI's runImport, end to end, with --jobs.
  const folder = await importFolder(synthesizeRun(bases, warmGovernments + governments, N));

  // (5) Memory at the end.
  const memory = process.memoryUsage();
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;

  // ------------------------------------------------------------------------------------------
  const rows: string[][] = [];
  rows.push(['read file → text (real inputs, 1 each)', ...statCells(bases.map((b) => b.readMs)), String(bases.length), '']);
  rows.push(['parse text → document, all', ...statCells(Array.from(parseMs)), String(N), `total ${fmtMs(parseTotal)}`]);
  for (const family of FAMILIES) {
    const times = Array.from(parseMs).filter((_, i) => synthetics[i].base.family === family);
    const from = bases.filter((b) => b.family === family).map((b) => b.file.split('/').pop()).join(', ');
    rows.push([`  family ${family}`, ...statCells(times), String(times.length), from]);
  }
  rows.push(['import (CLI path: sha check + importReport)', ...statCells(importRun.times), String(N), runNote(importRun)]);
  rows.push(['re-import, unchanged (CLI path)', ...statCells(reimportRun.times), String(N), runNote(reimportRun)]);
  printTable(out, ['step (ms per report)', 'mean', 'p50', 'p99', 'max', 'n', 'notes'], rows);

  out.write('\n');
  printTable(
    out,
    ['totals', 'value'],
    [
      ['parse, wall', fmtMs(parseTotal)],
      ['import, wall', `${fmtMs(importRun.wallMs)}  (${((N / importRun.wallMs) * 1000).toFixed(1)} reports/s, ${(importRun.wallMs / N).toFixed(2)} ms/report)`],
      [`folder via CLI, --jobs ${folder.jobs} on ${folder.workers} thread${folder.workers > 1 ? 's' : ''}`, `${fmtMs(folder.wallMs)}  (${((N / folder.wallMs) * 1000).toFixed(1)} reports/s, ${(folder.wallMs / N).toFixed(2)} ms/report; ${folder.summary})`],
      ['re-import, wall', `${fmtMs(reimportRun.wallMs)}  (${((N / reimportRun.wallMs) * 1000).toFixed(1)} reports/s, ${(reimportRun.wallMs / N).toFixed(2)} ms/report)`],
      ['import outcomes', `imported ${importRun.imported}, unchanged ${importRun.unchanged}`],
      ['re-import outcomes', `imported ${reimportRun.imported}, unchanged ${reimportRun.unchanged}`],
      ['SQL per report, import', sqlNote(importRun)],
      ['SQL per report, re-import', sqlNote(reimportRun)],
      ['importer CPU per report, import', `${(importRun.cpuMs / N).toFixed(2)} ms (this process, user + system, all threads; not the database's)`],
      ['importer CPU per report, folder', `${(folder.cpuMs / N).toFixed(2)} ms (read, parse and import)`],
      ['  of it on the main thread', folder.mainThreadCpuMs === null ? 'n/a (no /proc)' : folder.workers > 1
            ? `${(folder.mainThreadCpuMs / N).toFixed(2)} ms (the import ran on ${folder.workers} threads)`
            : `${(folder.mainThreadCpuMs / N).toFixed(2)} ms (where the JavaScript runs on one thread: at most ${Math.floor(1000 / (folder.mainThreadCpuMs / N))} reports/s on any number of cores)`],
      ['PostgreSQL CPU per report, import', perReportCpu(importRun.postgresCpuMs, N)],
      ['PostgreSQL CPU per report, folder', perReportCpu(folder.postgresCpuMs, N)],
      ['RSS at end', `${mb(memory.rss)} (heap used ${mb(memory.heapUsed)}, peak RSS ${mb(maxRssBytes)})`],
    ],
  );

  // ------------------------------------------------------------------------------------------
  const perReport = parseTotal / N + importRun.wallMs / N;
  const folderS = (folder.wallMs / N) * (TARGET_REPORTS / 1000);
  const measured = N >= TARGET_REPORTS ? 'MEASURED' : `EXTRAPOLATED linearly from ${N} reports`;
  const reimportWrites = reimportRun.sql.writes;
  const targets: [boolean, string][] = [
    [perReport < TARGET_MS_PER_REPORT, `parse + import under ${TARGET_MS_PER_REPORT} ms per report: ${perReport.toFixed(2)} ms (mean over ${N}: parse ${(parseTotal / N).toFixed(2)} + import ${(importRun.wallMs / N).toFixed(2)})`],
    [
      folderS < TARGET_SECONDS,
      `${TARGET_REPORTS.toLocaleString('en')} reports under a minute: ${folderS.toFixed(1)} s — folder through the CLI with --jobs ${folder.jobs} on ${folder.workers} thread${folder.workers > 1 ? 's' : ''}, ${measured}`,
    ],
    [reimportRun.imported === 0 && reimportWrites === 0, `re-import of unchanged reports writes nothing: ${reimportRun.imported} imported, ${reimportWrites} INSERT/UPDATE/DELETE statements`],
  ];
  out.write('\ntargets (from the issue)\n');
  for (const [ok, text] of targets) out.write(`  [${ok ? 'PASS' : 'FAIL'}] ${text}\n`);
  out.write(`\nnote: the data is synthetic (合成县…, sources on synthetic.invalid); times are for this machine, ${dbLabel}, Node ${process.version}.\n`);
  // A benchmark reports; it does not fail the run over a missed target (exit 2 only if it broke).
} catch (error) {
  stderr.write(`benchmark failed: ${(error as Error).stack ?? error}\n`);
  exitCode = 2;
} finally {
  await database.close();
}
process.exitCode = exitCode;

// ---------------------------------------------------------------------------------------------

interface ImportRunResult {
  times: number[];
  wallMs: number;
  imported: number;
  unchanged: number;
  sql: { reads: number; writes: number; other: number };
  /** This process's CPU time (user + system) over the run: less noisy than wall time on a shared machine. */
  cpuMs: number;
  /** The local PostgreSQL server's CPU time over the run (localPostgresCpuMs), null when it is not on this machine. */
  postgresCpuMs: number | null;
}

async function importAll(label: string, docs: ReportDocument[]): Promise<ImportRunResult> {
  const times: number[] = [];
  let imported = 0;
  let unchanged = 0;
  Object.assign(sql, { on: true, reads: 0, writes: 0, other: 0 });
  const bar = startBar(label, docs.length);
  // As the CLI does (run-import.ts).
  const analyzer = await AnalyzeAsTablesGrow.start(database.orm.em.fork(), (message) => stderr.write(`warning: ${message}\n`));
  const cpuStart = process.cpuUsage();
  const postgresStart = localPostgresCpuMs();
  const start = performance.now();
  for (const doc of docs) {
    const t0 = performance.now();
    const status = await importDocument(doc);
    times.push(performance.now() - t0);
    if (status === 'imported') {
      imported += 1;
      analyzer.imported();
    } else unchanged += 1;
    bar.increment();
  }
  await analyzer.settle();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const postgresCpuMs = since(postgresStart, localPostgresCpuMs());
  bar.stop();
  sql.on = false;
  return { times, wallMs, imported, unchanged, sql: { reads: sql.reads, writes: sql.writes, other: sql.other }, cpuMs: (cpu.user + cpu.system) / 1000, postgresCpuMs };
}

/** Writes the texts as files and imports the folder as `npm run import` would. */
async function importFolder(
  synthetics: Synthetic[],
): Promise<{ wallMs: number; cpuMs: number; mainThreadCpuMs: number | null; postgresCpuMs: number | null; jobs: number; workers: number; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  try {
    const manifest = writeManifestFolder(dir, synthetics);
    const sink = { write: () => true };
    const cpuStart = process.cpuUsage();
    const mainThreadStart = mainThreadCpuMs();
    const postgresStart = localPostgresCpuMs();
    const start = performance.now();
    const run = await runImport(['--jobs', String(JOBS), ...(WORKERS ? ['--workers', String(WORKERS)] : []), '--manifest', manifest], { stdout: sink, stderr: sink, database });
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const mainThread = since(mainThreadStart, mainThreadCpuMs());
    const postgresCpuMs = since(postgresStart, localPostgresCpuMs());
    if (run.summary === null) throw new Error('folder import: the manifest was refused');
    const { imported, unchanged, failed } = run.summary;
    if (failed.length > 0) throw new Error(`folder import: ${failed.length} failed, first: ${JSON.stringify(failed[0])}`);
    // The embedded database takes one report at a time whatever --jobs says.
    const jobs = database.kind === 'embedded' ? 1 : JOBS;
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, mainThreadCpuMs: mainThread, postgresCpuMs, jobs, workers: run.workers, summary: `imported ${imported}, unchanged ${unchanged}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function since(start: number | null, end: number | null): number | null {
  return start === null || end === null ? null : end - start;
}

function perReportCpu(ms: number | null, n: number): string {
  if (database.kind === 'embedded') return 'counted in the importer CPU above (the embedded database runs in this process)';
  if (ms === null) return 'n/a (the server is not on this machine)';
  return `${(ms / n).toFixed(2)} ms (every postgres process on this machine, read from /proc)`;
}

function startBar(label: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    { stream: stderr, format: `${label} [{bar}] {value}/{total} {eta_formatted}`, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function statCells(times: number[]): string[] {
  if (times.length === 0) return ['-', '-', '-', '-'];
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return [mean, pct(50), pct(99), sorted[sorted.length - 1]].map((v) => v.toFixed(2));
}

function runNote(run: ImportRunResult): string {
  return `wall ${fmtMs(run.wallMs)}, ${((run.times.length / run.wallMs) * 1000).toFixed(1)} reports/s`;
}

function sqlNote(run: ImportRunResult): string {
  const n = run.times.length;
  const per = (k: number) => (k / n).toFixed(1);
  return `${per(run.sql.reads)} SELECT, ${per(run.sql.writes)} INSERT/UPDATE/DELETE, ${per(run.sql.other)} other (begin/commit…)`;
}

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function positiveInt(option: string, value: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    process.stderr.write(`${option} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${value}"\n`);
    process.exit(2);
  }
  return n;
}

