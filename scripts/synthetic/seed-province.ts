import cliProgress from 'cli-progress';
import pMap from 'p-map';
import type { Database } from '../../src/db/database.js';
import { recomputeReaders } from '../../src/findings/recompute-findings.js';
import { importRetryingConflicts } from '../../src/importer/import-retrying-conflicts.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { loadReportDocument } from '../../src/report-document/load-report-document.js';
import type { Scale } from './province-plan.js';
import { syntheticDocument } from './synthetic-document.js';
import { syntheticIssues } from './synthetic-issues.js';

export interface SeedProvinceOptions {
  scale: Scale;
  years: number[];
  /** Reports imported at once against PostgreSQL; the embedded database takes one at a time. */
  jobs: number;
  /** Draw a progress bar on stderr. */
  progress: boolean;
}

/** Imports every report of the synthetic province; returns how many. */
export async function seedSyntheticProvince(database: Database, { scale, years, jobs, progress }: SeedProvinceOptions): Promise<number> {
  const template = await loadReportDocument(fromProjectRoot('seeds', 'linzi-2017.json'));
  const issues = syntheticIssues(scale, years);
  const bar = progress ? new cliProgress.SingleBar({ format: 'synthetic reports [{bar}] {value}/{total} {eta_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(issues.length, 0);
  try {
    const ids = await pMap(
      issues,
      async (issue) => {
        const id = await importRetryingConflicts(database, syntheticDocument(template, issue));
        bar?.increment();
        return id;
      },
      { concurrency: database.kind === 'embedded' ? 1 : jobs },
    );
    // Each report was checked as it went in; the reports that read others (hierarchy checks read the
    // children, a year the one before) once more, now that every report of the province is in.
    await recomputeReaders(database.orm.em.fork(), ids);
  } finally {
    bar?.stop();
  }
  return issues.length;
}
