import type { EntityManager } from '@mikro-orm/core';
import { recomputeFindings } from '../../findings/recompute-findings.js';
import { Report } from '../reports/report.entity.js';

/**
 * Rechecks the findings of a government's own reports that a ledger write can change: every year
 * from the case's receipt on, since replies, appeals and their outcomes may fall in later years.
 * Runs in the write's transaction, so the findings never disagree with the committed ledger.
 */
export async function recheckLedgerReports(em: EntityManager, governmentId: number, receivedOn: string): Promise<void> {
  const reports = await em.find(Report, { government: governmentId, department: null, year: { $gte: Number(receivedOn.slice(0, 4)) } }, { fields: ['id'] });
  if (reports.length > 0) await recomputeFindings(em, reports.map((r) => r.id), { neighbours: false });
}
