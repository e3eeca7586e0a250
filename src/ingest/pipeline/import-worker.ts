import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../../config.js';
import { DATABASE_UNAVAILABLE } from '../../db/database-errors.js';
import { type Database, openDatabase } from '../../db/database.js';
import { CommitClock } from './commit-clock.js';
import { describeFailure, type ImportFailure } from './import-outcome.js';
import { importSources, type SourceDone, type SourceToImport } from './import-sources.js';

/** What a worker is given (import-in-workers.ts): the database, its share of the run's sources in order, and the run's commit clock. */
export interface ImportWorkerData {
  url: string;
  sources: SourceToImport[];
  jobs: number;
  clock: SharedArrayBuffer;
}

/** A source finished, or the thread stopping before its share is done (it could not open the database). */
export type ImportWorkerMessage = { kind: 'done'; result: SourceDone } | { kind: 'stopped'; error: ImportFailure };

// One of a run's import threads: its own connections to the run's database, each source posted back as it ends.
const { url, sources, jobs, clock } = workerData as ImportWorkerData;
const post = (message: ImportWorkerMessage) => parentPort!.postMessage(message);
let database: Database | null = null;
try {
  database = await openDatabase(loadConfig({ ...process.env, DATABASE_URL: url }));
} catch (error) {
  const reason = describeFailure(error).message;
  post({ kind: 'stopped', error: { code: DATABASE_UNAVAILABLE, message: `an import thread could not open the database (${reason}), so nothing of this report was written; import it again once the database takes connections`, line: null } });
}
try {
  if (database) await importSources(database, sources, jobs, new CommitClock(clock), (result) => post({ kind: 'done', result }));
} finally {
  await database?.close();
}
