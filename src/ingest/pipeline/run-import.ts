import cliProgress from 'cli-progress';
import { loadConfig } from '../../config.js';
import { type Database, openDatabase } from '../../db/database.js';
import type { ImportTiming } from '../../findings/readers-of.js';
import { recomputeReaders } from '../../findings/recompute-findings.js';
import { AnalyzeAsTablesGrow } from '../../importer/analyze-as-tables-grow.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import type { ReportIssuer } from './build-report-document.js';
import { collectReportFiles } from './collect-report-files.js';
import { CommitClock } from './commit-clock.js';
import { type ImportArguments, type ImportTarget, IMPORT_USAGE, parseImportArguments, UsageError } from './import-arguments.js';
import { importInWorkers, shareOut, workerCount } from './import-in-workers.js';
import { readImportManifest } from './import-manifest.js';
import { importOrder } from './import-order.js';
import { formatSummary, type ImportOutcome, type ImportSummary, summarize } from './import-outcome.js';
import { importSources, type SourceDone, type SourceToImport } from './import-sources.js';

/** Where the run writes; process.stdout and process.stderr in the CLI, buffers in tests. */
export interface ImportIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** A database already open, used and left open; by default one is opened from loadConfig() and closed. */
  database?: Database;
}

export interface ImportRun {
  /** 0: nothing failed; 1: some source failed; 2: bad arguments. */
  exitCode: 0 | 1 | 2;
  /** Threads the reports were imported on (import-in-workers.ts); 1 when nothing ran. */
  workers: number;
  outcomes: ImportOutcome[];
  summary: ImportSummary | null;
}

/** The core of `npm run import`: each source is read, parsed, built and imported on its own. */
export async function runImport(argv: string[], io: ImportIo): Promise<ImportRun> {
  let args: ImportArguments;
  let targets: ImportTarget[];
  try {
    args = parseImportArguments(argv);
    targets = args.manifest ? await readImportManifest(args.manifest) : args.targets;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\n\n${IMPORT_USAGE}\n`);
    return { exitCode: 2, workers: 1, outcomes: [], summary: null };
  }
  const paths = await Promise.all(targets.map(({ target }) => collectReportFiles([target])));
  let index = 0;
  const perTarget: SourceToImport[][] = paths.map((list, t) => list.map((path) => ({ index: index++, path, issuer: targets[t].issuer })));
  const sources = perTarget.flat();
  // By source index: imports run side by side and finish in any order, the output keeps the sources'.
  const documents: (ReportDocument | undefined)[] = [];
  const outcomes: ImportOutcome[] = [];
  // A dry run never touches a database, so it works where none is configured.
  let database: Database | null = null;
  if (!args.dryRun) {
    try {
      database = io.database ?? (await openDatabase(loadConfig()));
    } catch (error) {
      // Nothing can be imported; say why once rather than once per file.
      io.stderr.write(`cannot open the database: ${(error as Error).message}\n`);
      return { exitCode: 1, workers: 1, outcomes: [], summary: null };
    }
  }
  const progress = startProgress(io, sources.length);
  // PGlite is one backend: a second transaction would only queue behind the first.
  const jobs = database?.kind === 'embedded' ? 1 : args.jobs;
  const workers = database ? workerCount(args.workers, { sources: sources.length, targets: perTarget.length, embedded: database.kind === 'embedded' }) : 1;
  if (database && args.workers !== null && args.workers > workers) io.stderr.write(`warning: ${fewerWorkers(args.workers, workers, database)}\n`);
  // When each report was written, so that the readers' recheck can pass over those that saw it.
  const timing = new Map<number, ImportTiming>();
  const clock = new CommitClock();
  try {
    const analyzer = database && sources.length > 1 ? await AnalyzeAsTablesGrow.start(database.orm.em.fork(), (message) => io.stderr.write(`warning: ${message}\n`)) : null;
    const done = (result: SourceDone, doc: ReportDocument | null) => {
      outcomes[result.index] = result.outcome;
      if (doc && args.dryRun) documents[result.index] = doc;
      if (result.written) {
        timing.set(result.written.reportId, result.written.timing);
        analyzer?.imported();
      }
      progress?.increment(1, { source: result.outcome.source });
    };
    if (workers > 1) await importInWorkers(database!.url, shareOut(perTarget, workers), jobs, clock, (result) => done(result, null));
    else await importSources(database, importOrder(perTarget).map((i) => sources[i]), jobs, clock, done);
    await analyzer?.settle();
    // Each report was checked as it was imported; the ones whose checks read them, once for the whole run.
    if (database && timing.size > 0) await recomputeReaders(database.orm.em.fork(), [...timing.keys()], timing);
  } finally {
    progress?.stop();
    if (database && database !== io.database) await database.close();
  }
  for (const warning of governmentsSharingARegion(sources, outcomes)) io.stderr.write(`warning: ${warning}\n`);
  const summary = summarize(outcomes);
  if (args.json) io.stdout.write(JSON.stringify(args.dryRun ? documents.filter((doc) => doc !== undefined) : summary, null, 2) + '\n');
  // With --json, stdout holds only JSON; the summary for a person goes to stderr.
  (args.json ? io.stderr : io.stdout).write(formatSummary(summary, args.dryRun));
  return { exitCode: summary.failed.length > 0 ? 1 : 0, workers, outcomes, summary };
}

/**
 * A region has one government (its departments are not governments). Reports of several
 * governments given one region (a folder of a province's reports with one --region-path) are
 * stored as several governments of that region: wrong data, which the run cannot tell from a
 * right one by itself, so it says so.
 */
function governmentsSharingARegion(sources: { issuer: ReportIssuer }[], outcomes: ImportOutcome[]): string[] {
  const byRegion = new Map<string, Set<string>>();
  outcomes.forEach((outcome, i) => {
    if (outcome.status === 'failed') return;
    const region = sources[i].issuer.regionPath.at(-1)!;
    const key = `${region.code} ${region.name}`;
    byRegion.set(key, (byRegion.get(key) ?? new Set()).add(outcome.government));
  });
  return [...byRegion]
    .filter(([, governments]) => governments.size > 1)
    .map(([region, governments]) => `${governments.size} governments' reports were given region ${region}: ${[...governments].join(', ')}. A region has one government: give each its own region (--region-path, or a manifest row each).`);
}

function fewerWorkers(asked: number, workers: number, database: Database): string {
  return database.kind === 'embedded'
    ? `--workers ${asked}: the embedded database serves one connection at a time, so the import runs on one thread; set DATABASE_URL to a PostgreSQL server to import on several`
    : `--workers ${asked}: importing on ${workers}, one per target (a target's reports stay on one thread)`;
}

/** A bar only helps a person watching several files go by; logs and pipes get the summary alone. */
function startProgress(io: ImportIo, total: number): cliProgress.SingleBar | null {
  if (total <= 1 || !io.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr as NodeJS.WritableStream, format: 'importing [{bar}] {value}/{total} {source}', clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { source: '' });
  return bar;
}
