import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { loadReportDocument } from '../report-document/load-report-document.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { importReport } from './import-report.js';

/**
 * Loads every report document in `seedsDir` when the database holds no report yet, so a first
 * start serves real data and later starts leave edits alone. Returns the number imported.
 */
export async function seedIfEmpty(orm: MikroORM, seedsDir: string): Promise<number> {
  const em = orm.em.fork();
  if ((await em.count(Report)) > 0) return 0;
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.json')).sort();
  // Validate all first: a broken seed must not leave half the seeds loaded.
  const documents = await Promise.all(files.map((f) => loadReportDocument(join(seedsDir, f))));
  for (const doc of documents) await importReport(em.fork(), doc);
  return documents.length;
}
