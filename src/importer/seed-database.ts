import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { z } from 'zod';
import { buildReportDocument } from '../ingest/pipeline/build-report-document.js';
import { readReportSource } from '../ingest/sources/read-report-source.js';
import { fromProjectRoot } from '../project-root.js';
import { RegionLevel, type ReportDocument } from '../report-document/report-document.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { importReport } from './import-report.js';

/**
 * What a seed's text cannot say about itself, in `seeds/<name>.meta.json`: which file it is and
 * who issued it, with the GB/T 2260 codes of the issuer's region (the same facts
 * `npm run import -- --region-path … --government … --department …` takes).
 */
const SeedMetaSchema = z.strictObject({
  /** The report's text, HTML or PDF, next to the meta file. */
  source: z.string().min(1),
  issuer: z.strictObject({
    regionPath: z.array(z.strictObject({ code: z.string().regex(/^\d{6}$/), name: z.string().min(1), level: RegionLevel })).min(1),
    governmentName: z.string().min(1).optional(),
    department: z.string().min(1).optional(),
  }),
});

export class SeedError extends Error {}

/**
 * Loads every seed in `seedsDir` through the importer (read, parse, build, import: the path any
 * report takes) when the database holds no report yet, so a first start serves real data and
 * later starts leave edits alone. Returns the number imported.
 */
export async function seedIfEmpty(orm: MikroORM, seedsDir: string): Promise<number> {
  const em = orm.em.fork();
  if ((await em.count(Report)) > 0) return 0;
  // Read and parse all first: a broken seed must not leave half the seeds loaded.
  const documents = await readSeeds(seedsDir);
  for (const doc of documents) await importReport(em.fork(), doc);
  return documents.length;
}

/** Every seed in the folder as its report document, in file-name order. */
export async function readSeeds(seedsDir: string): Promise<ReportDocument[]> {
  const metaFiles = (await readdir(seedsDir)).filter((f) => f.endsWith('.meta.json')).sort();
  return Promise.all(metaFiles.map((file) => readSeed(seedsDir, file)));
}

async function readSeed(seedsDir: string, metaFile: string): Promise<ReportDocument> {
  const parsed = SeedMetaSchema.safeParse(JSON.parse(await readFile(join(seedsDir, metaFile), 'utf8')));
  if (!parsed.success) {
    throw new SeedError(`${metaFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const { source, issuer } = parsed.data;
  const { text, origin } = await readReportSource(join(seedsDir, source));
  // Stored relative to the project, so every installation records the same source path.
  return buildReportDocument(text, { ...origin, location: relative(fromProjectRoot(), origin.location) }, issuer);
}
