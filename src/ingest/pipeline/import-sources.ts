import { isAbsolute, relative, resolve } from 'node:path';
import pMap from 'p-map';
import type { Database } from '../../db/database.js';
import type { ImportTiming } from '../../findings/readers-of.js';
import { RecentFacts } from '../../findings/recent-facts.js';
import { importRetryingConflicts } from '../../importer/import-retrying-conflicts.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { readReportSource } from '../sources/read-report-source.js';
import { buildReportDocument, type ReportIssuer } from './build-report-document.js';
import { isUrl } from './collect-report-files.js';
import type { CommitClock } from './commit-clock.js';
import { describeFailure, type ImportOutcome } from './import-outcome.js';
import { storedSourceSha256 } from './stored-source.js';

/** One file or URL of the run, by its place in the run's list. */
export interface SourceToImport {
  index: number;
  path: string;
  issuer: ReportIssuer;
}

/** What became of a source; for a report written, its id and when it was committed. */
export interface SourceDone {
  index: number;
  outcome: ImportOutcome;
  written: { reportId: number; timing: ImportTiming } | null;
}

/**
 * Reads, builds and imports `sources` in their order, `jobs` at a time, each in its own
 * transaction, and tells `done` of each as it ends (with its document, for a dry run's output).
 * Without a database, documents are only built and checked. One RecentFacts serves the call, so
 * an issuer's reports taken in the same call check against last year's from memory.
 */
export async function importSources(
  database: Database | null,
  sources: SourceToImport[],
  jobs: number,
  clock: CommitClock,
  done: (result: SourceDone, doc: ReportDocument | null) => void,
): Promise<void> {
  const recent = new RecentFacts();
  await pMap(
    sources,
    async (source) => {
      let written: SourceDone['written'] = null;
      let built: ReportDocument | null = null;
      const outcome = await importOne(source, database, (doc) => (built = doc), async (db, doc) => {
        const started = clock.now();
        const reportId = await importRetryingConflicts(db, doc, recent);
        written = { reportId, timing: { started, finished: clock.tick() } };
      });
      done({ index: source.index, outcome, written }, built);
    },
    { concurrency: jobs },
  );
}

/** One source from bytes to database; any failure is caught here so the others still run. */
async function importOne(
  source: SourceToImport,
  database: Database | null,
  built: (doc: ReportDocument) => void,
  write: (database: Database, doc: ReportDocument) => Promise<void>,
): Promise<ImportOutcome> {
  const name = displayName(source.path);
  try {
    const { text, origin } = await readReportSource(source.path);
    const doc = buildReportDocument(text, origin, source.issuer);
    built(doc);
    const done = (status: 'imported' | 'unchanged' | 'checked'): ImportOutcome => ({ source: name, status, title: doc.title, year: doc.year, government: doc.issuer.government.name });
    if (!database) return done('checked');
    if ((await storedSourceSha256(database.orm.em.fork(), doc)) === doc.source.sha256) return done('unchanged');
    await write(database, doc);
    return done('imported');
  } catch (error) {
    return { source: name, status: 'failed', error: describeFailure(error) };
  }
}

/** URLs as given; paths relative to the working folder when inside it, absolute otherwise. */
export function displayName(source: string): string {
  if (isUrl(source)) return source;
  const path = relative(process.cwd(), resolve(source));
  return path === '' || path.startsWith('..') || isAbsolute(path) ? resolve(source) : path;
}
