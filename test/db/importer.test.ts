import { readFile } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { importReport } from '../../src/importer/import-report.js';
import { seedIfEmpty } from '../../src/importer/seed-database.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { parseReportDocument } from '../../src/report-document/load-report-document.js';
import { loadConfig } from '../../src/config.js';
import { REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';

const TABLES = [
  'region', 'government', 'department', 'channel_account', 'report', 'report_section', 'work_point', 'disclosure_channel', 'channel_figure',
  'key_domain', 'key_domain_figure', 'document', 'document_citation', 'statistics_cell', 'prose_figure',
  'pilot_program', 'pilot_phase', 'pilot_site', 'pilot_area', 'progress_update',
];

/** Every row of every imported table, so two snapshots differ if anything changed. */
async function snapshot(orm: MikroORM): Promise<Record<string, unknown[]>> {
  const em = orm.em.fork();
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) result[table] = await em.getConnection().execute(`select * from "${table}" order by id`);
  return result;
}

const seed = async () => parseReportDocument(JSON.parse(await readFile(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8')), 'seed');

let db: Database;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  db = await openDatabase(loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
});
afterAll(() => db?.close());

describe('the importer', () => {
  it('seeds an empty database once, and a second start leaves it alone', async () => {
    expect(await seedIfEmpty(db.orm, fromProjectRoot('seeds'))).toBe(1);
    expect(await seedIfEmpty(db.orm, fromProjectRoot('seeds'))).toBe(0);
    const rows = await snapshot(db.orm);
    expect(Object.fromEntries(TABLES.map((t) => [t, rows[t].length]))).toEqual({
      region: 3, government: 1, department: 16, channel_account: 7, report: 1, report_section: 13, work_point: 18, disclosure_channel: 5, channel_figure: 5,
      key_domain: 10, key_domain_figure: 10, document: 23, document_citation: 24, statistics_cell: 82, prose_figure: 69,
      pilot_program: 1, pilot_phase: 5, pilot_site: 1, pilot_area: 5, progress_update: 5,
    });
  });

  it('changes nothing when the same report is imported again', async () => {
    const before = await snapshot(db.orm);
    await importReport(db.orm.em.fork(), await seed());
    expect(await snapshot(db.orm)).toEqual(before);
  });

  it('updates in place when a report is corrected, and drops what the document no longer lists', async () => {
    const doc = await seed();
    doc.channels[0].items = 7488;
    doc.sections.pop();
    await importReport(db.orm.em.fork(), doc);
    const rows = await snapshot(db.orm);
    expect(rows.report_section).toHaveLength(12);
    expect(rows.channel_figure[0]).toMatchObject({ items: 7488 });
    await importReport(db.orm.em.fork(), await seed());
    expect((await snapshot(db.orm)).report_section).toHaveLength(13);
  });

  it('writes nothing at all when any part of a report fails', async () => {
    const before = await snapshot(db.orm);
    const doc = await seed();
    doc.issuer.government.name = '另一个区人民政府';
    // Two figures for one channel break a unique constraint only after the government,
    // departments, report and sections have been written inside the transaction.
    doc.channels.push({ ...doc.channels[0] });
    await expect(importReport(db.orm.em.fork(), doc)).rejects.toThrowError(/channel_figure_report_id_channel_id_unique/);
    expect(await snapshot(db.orm)).toEqual(before);
  });
});
