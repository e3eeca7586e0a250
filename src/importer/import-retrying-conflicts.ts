import { DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Database } from '../db/database.js';
import type { ReportDocument } from '../report-document/report-document.js';
import { importReport } from './import-report.js';

/**
 * For imports that run side by side: two reports may both create the same shared row (a
 * region, a key domain, a document), and the later commit loses on the unique key. Run again,
 * it finds the row and uses it. Two imports rechecking the same neighbouring report's findings
 * may deadlock; PostgreSQL aborts one, which is run again likewise. Each failed attempt means
 * another import committed a shared row, so attempts run out only when a burst of imports
 * creates more than `attempts` shared rows at once (the first reports of a new province).
 */
export async function importRetryingConflicts(database: Database, doc: ReportDocument, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await importReport(database.orm.em.fork(), doc);
      return;
    } catch (error) {
      const conflict = error instanceof UniqueConstraintViolationException || error instanceof DeadlockException;
      if (!conflict || attempt >= attempts) throw error;
    }
  }
}
