import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReportContextColumns, type NewReportPlace } from '../../src/findings/check-new-report.js';
import { importReport } from '../../src/importer/import-report.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SHANDONG, syntheticDocument } from './support/documents.js';

/*
 * What the check of a new report reads about other reports (newReportContextColumns) must not
 * grow with the reports already stored: a bulk import runs it once per report. Written with OR,
 * it read every report of the year, so each import of a run cost more than the one before.
 * Counted in rows, not time: the rows each plan node returned or filtered out, with PostgreSQL
 * told to prefer indexes (on a test database every table is small enough to scan whole).
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const county = (code: string, name: string) => ({ government: `${name}人民政府`, regionPath: [SHANDONG, { code, name, level: 'COUNTY' as const }] });
const importDoc = (doc: ReportDocument) => importReport(app.database.orm.em.fork(), doc);

interface PlanNode {
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Join Filter'?: number;
  Plans?: PlanNode[];
}

function rowsExamined(node: PlanNode): number {
  const own = node['Actual Rows'] * node['Actual Loops'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Join Filter'] ?? 0);
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsExamined(child), 0);
}

/** The context read for a new report of `year` by the government in `regionCode`, and the rows it examined. */
async function contextFor(regionCode: string, year: number): Promise<{ rows: number; context: Record<string, unknown> }> {
  const em = app.database.orm.em.fork();
  return em.transactional(async (tx: EntityManager) => {
    const connection = tx.getConnection();
    const [ids] = await connection.execute(
      `select g.id as government_id, rg.id as region_id, rg.parent_id from government g join region rg on rg.id = g.region_id where rg.code = ?`,
      [regionCode],
      'all',
      tx.getTransactionContext(),
    );
    const place: Omit<NewReportPlace, 'reportId'> = {
      governmentId: ids.government_id,
      departmentId: null,
      regionId: ids.region_id,
      parentRegionId: ids.parent_id,
      governmentIsNew: false,
      regionIsNew: false,
    };
    const { columns, params } = newReportContextColumns({ year } as ReportDocument, place);
    const [context] = await connection.execute(`select ${columns}`, params, 'all', tx.getTransactionContext());
    await connection.execute('set local enable_seqscan = off', [], 'run', tx.getTransactionContext());
    const [plan] = await connection.execute(`explain (analyze, format json) select ${columns}`, params, 'all', tx.getTransactionContext());
    return { rows: rowsExamined(plan['QUERY PLAN'][0].Plan), context };
  });
}

describe('the check of a new report at import', () => {
  it('reads as many rows with 40 other reports of its year stored as with none', async () => {
    const lastYearDoc = syntheticDocument({ ...county('379951', '读数县'), year: 2020, cells: { 'applications.new_received.total': 1 } });
    const { id: lastYear } = await importDoc(lastYearDoc);
    const alone = await contextFor('379951', 2021);
    // What it must find, it finds: last year's report; a county has no children and no readers here.
    const expected = { previous_id: lastYear, previous_stamp: `1:${lastYearDoc.source.sha256}`, child_ids: [], child_governments: [], publishing_departments: [], neighbour_ids: [], keeps_ledger: false };
    expect(alone.context).toEqual(expected);

    for (let i = 0; i < 40; i++) {
      const code = String(379960 + i);
      await importDoc(syntheticDocument({ ...county(code, `邻县${code}`), year: 2021, cells: { 'applications.new_received.total': i } }));
    }
    expect(await contextFor('379951', 2021)).toEqual({ rows: alone.rows, context: expected });
  });
});
