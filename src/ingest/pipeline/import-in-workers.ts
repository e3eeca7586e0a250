import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CommitClock } from './commit-clock.js';
import { describeFailure, type ImportFailure } from './import-outcome.js';
import { importOrder } from './import-order.js';
import { displayName, type SourceDone, type SourceToImport } from './import-sources.js';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker.js';

/**
 * Reports a worker thread must have to be worth starting: each loads the whole pipeline and
 * opens its own connections first, about 4 s of CPU before its first report.
 */
const REPORTS_PER_WORKER = 200;

/** Whether this module runs as TypeScript (npm run import, tests) rather than compiled, from dist. */
const FROM_SOURCE = new URL(import.meta.url).pathname.endsWith('.ts');

/**
 * Threads for a run, unless --workers says: one per two cores, since a local PostgreSQL spends
 * about as much CPU on a report as the importer does (README, "Import speed"), so on two cores
 * the run stays on the main thread. Never more than one per REPORTS_PER_WORKER sources, nor
 * than targets (a target's sources stay on one thread), and one on the embedded database,
 * which serves one session.
 */
export function workerCount(requested: number | null, run: { sources: number; targets: number; embedded: boolean }, cores = availableParallelism()): number {
  if (run.embedded) return 1;
  const wanted = requested ?? Math.min(Math.floor(cores / 2), Math.floor(run.sources / REPORTS_PER_WORKER));
  return Math.max(1, Math.min(wanted, run.targets));
}

/**
 * The targets' sources split between `workers` threads, each target whole on one thread, so
 * that an issuer's years are checked against each other from that thread's memory and no two
 * threads wait on one government's rows. A target goes to the thread with the fewest sources so
 * far; each thread takes its own in importOrder.
 */
export function shareOut(perTarget: SourceToImport[][], workers: number): SourceToImport[][] {
  const shares: SourceToImport[][][] = Array.from({ length: workers }, () => []);
  const sizes = new Array<number>(workers).fill(0);
  for (const target of perTarget) {
    const lightest = sizes.indexOf(Math.min(...sizes));
    shares[lightest].push(target);
    sizes[lightest] += target.length;
  }
  return shares.map((targets) => {
    const sources = targets.flat();
    return importOrder(targets).map((i) => sources[i]);
  });
}

/**
 * importSources on one thread per share, each with its own connections to `url`. A thread that
 * stops before its share is done (it could not open the database, or it crashed) fails the
 * sources it had not finished, with the reason.
 */
export async function importInWorkers(url: string, shares: SourceToImport[][], jobs: number, clock: CommitClock, done: (result: SourceDone) => void): Promise<void> {
  // From source, each thread loads swc's native binding to read TypeScript. Unless this thread
  // holds it too, the binding is torn down when the first thread exits, and the process dies of
  // a segmentation fault: under a test runner, whose main thread reads TypeScript by other means.
  if (FROM_SOURCE) await import('@swc/core');
  await Promise.all(shares.filter((share) => share.length > 0).map((sources) => runWorker({ url, sources, jobs, clock: clock.buffer }, done)));
}

function runWorker(data: ImportWorkerData, done: (result: SourceDone) => void): Promise<void> {
  const pending = new Map(data.sources.map((s) => [s.index, s]));
  const failPending = (error: ImportFailure) => {
    for (const source of pending.values()) done({ index: source.index, outcome: { source: displayName(source.path), status: 'failed', error }, written: null });
    pending.clear();
  };
  const worker = new Worker(workerFile(), { workerData: data, execArgv: workerExecArgv(), resourceLimits: youngGeneration() });
  return new Promise((resolve) => {
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.kind === 'stopped') return failPending(message.error);
      pending.delete(message.result.index);
      done(message.result);
    });
    worker.on('error', (error) => failPending(describeFailure(error)));
    worker.on('exit', (exitCode) => {
      failPending({ code: 'WORKER_STOPPED', message: `the import thread stopped (exit code ${exitCode}) before it reached this source; import it again`, line: null });
      resolve();
    });
  });
}

/**
 * A worker takes this process's --max-semi-space-size (`npm run import` sets 128: fewer young
 * collections over a report's many short-lived strings) only as a resource limit, the young
 * generation being three semi-spaces.
 */
function youngGeneration(): { maxYoungGenerationSizeMb?: number } {
  const semiSpace = process.execArgv.map((arg) => /^--max-semi-space-size=(\d+)$/.exec(arg)?.[1]).find(Boolean);
  return semiSpace ? { maxYoungGenerationSizeMb: 3 * Number(semiSpace) } : {};
}

/** The worker's module beside this one: compiled JavaScript in dist, TypeScript when run from source. */
function workerFile(): URL {
  return new URL(FROM_SOURCE ? './import-worker.ts' : './import-worker.js', import.meta.url);
}

/**
 * Run from source, the worker loads TypeScript as `npm run import` does. Nothing else of this
 * process's flags: a test runner's own loaders and V8 flags are not the worker's to take.
 */
function workerExecArgv(): string[] {
  return FROM_SOURCE ? ['--import=@swc-node/register/esm-register'] : [];
}
