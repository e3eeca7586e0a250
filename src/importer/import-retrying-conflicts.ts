import { DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Database } from '../db/database.js';
import type { RecentFacts } from '../findings/recent-facts.js';
import type { ReportDocument } from '../report-document/report-document.js';
import { importReport } from './import-report.js';

/**
 * One of many imports running side by side. Each report's own findings are checked here, but
 * not those of the reports that read it: each import would recheck its parent's reports once per
 * child, and a report imported alongside may not be committed yet, so the caller rechecks the
 * readers of all the ids returned once at the end (recomputeReaders). Two reports may both create the same shared row (a region, a key domain,
 * a document), and the later commit loses on the unique key (or, rarely, to a deadlock); run
 * again, it finds the row and uses it. Each failed attempt means another import committed a
 * shared row, so attempts run out only when a burst of imports creates more than `attempts`
 * shared rows at once.
 */
export async function importRetryingConflicts(database: Database, doc: ReportDocument, recent?: RecentFacts, attempts = 10): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await importReport(database.orm.em.fork(), doc, { readers: false, recent })).id;
    } catch (error) {
      const conflict = error instanceof UniqueConstraintViolationException || error instanceof DeadlockException;
      if (!conflict || attempt >= attempts) throw error;
    }
  }
}
