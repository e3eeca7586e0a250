import type { EntityManager } from '@mikro-orm/core';
import { Finding } from '../subgraphs/reports/finding.entity.js';
import { FindingSeverity, FindingStatus, RuleFamily } from '../subgraphs/reports/finding-enums.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { loadCheckInputs } from './load-report-facts.js';
import { type ImportTiming, readerPairs, readersOf } from './readers-of.js';
import { RULE_SET_VERSION } from './rule-set.js';
import type { ReportFacts } from './facts.js';
import { type CheckResult, runRules } from './run-rules.js';
import { storedInvolved } from './stored-involved.js';

export interface RecomputeSummary {
  /** Reports whose findings were replaced, neighbours included. */
  reports: number;
  checks: number;
  broken: number;
}

/** Reports are checked this many at a time, so memory stays flat when all are recomputed. */
const BATCH = 100;

/**
 * Replaces the stored findings of `reportIds` and, unless told otherwise, of the reports whose
 * checks read them: the same issuer's next-year report and the parent's reports.
 * A finding whose fingerprint is unchanged keeps its row, so anything keyed on it survives.
 * Runs on the EntityManager given, inside the caller's transaction if there is one.
 */
export async function recomputeFindings(em: EntityManager, reportIds: number[], { neighbours = true } = {}): Promise<RecomputeSummary> {
  // The checks read the database, so what the caller has not written yet is written first.
  await em.flush();
  const ids = neighbours ? await withNeighbours(em, reportIds) : [...new Set(reportIds)];
  const summary: RecomputeSummary = { reports: 0, checks: 0, broken: 0 };
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const inputs = await loadCheckInputs(em, batch);
    const results = new Map(inputs.map((input) => [input.report.reportId, runRules(input)]));
    await storeFindings(em, batch, results, new Map(inputs.map((input) => [input.report.reportId, input.report])));
    summary.reports += inputs.length;
    for (const list of results.values()) {
      summary.checks += list.length;
      summary.broken += list.filter((r) => !r.holds).length;
    }
  }
  return summary;
}

/**
 * Recomputes the reports that read any of `reportIds`, for a bulk import that checked each of its
 * reports as it went (importReport with `readers: false`): a report read by another of the run may
 * have been checked before that one was committed, and is then among the readers. With the run's
 * `timing`, a reader imported by the run after a report it reads was committed is left alone:
 * its check saw that report already.
 */
export async function recomputeReaders(em: EntityManager, reportIds: number[], timing?: Map<number, ImportTiming>): Promise<RecomputeSummary> {
  const stale = (await readerPairs(em, reportIds)).filter(({ read, reader }) => {
    const [readerTiming, readTiming] = [timing?.get(reader), timing?.get(read)];
    return !(readerTiming && readTiming && readerTiming.started >= readTiming.finished);
  });
  return recomputeFindings(em, [...new Set(stale.map((pair) => pair.reader))].sort((a, b) => a - b), { neighbours: false });
}

/** Any number, owned by this lock alone: pg_advisory_xact_lock keys are database-wide. */
const STALE_FINDINGS_LOCK = 7370306;

/**
 * Recomputes every report not yet checked by the current rule set; returns how many.
 *
 * Servers that start together on one database (replicas after a deploy) each run this. They take
 * turns a batch at a time under one advisory lock, and each chooses its batch only once it holds
 * the lock, so no report is checked by two at once (two would insert the same findings). Each
 * batch is its own transaction, so a start that dies loses at most one batch of work.
 */
export async function recomputeStaleFindings(em: EntityManager): Promise<RecomputeSummary> {
  const total: RecomputeSummary = { reports: 0, checks: 0, broken: 0 };
  // A report with no checks at all stays "stale"; the cursor keeps it from being chosen again.
  let after = 0;
  for (;;) {
    const batch = await em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      await connection.execute('select pg_advisory_xact_lock(?)', [STALE_FINDINGS_LOCK], 'all', tx.getTransactionContext());
      const rows: { id: number }[] = await connection.execute(
        `select r.id from report r where r.id > ? and not exists (select 1 from finding f where f.report_id = r.id and f.rule_set_version = ?) order by r.id limit ${BATCH}`,
        [after, RULE_SET_VERSION],
        'all',
        tx.getTransactionContext(),
      );
      const ids = rows.map((r) => r.id);
      return { ids, summary: ids.length ? await recomputeFindings(tx, ids, { neighbours: false }) : null };
    });
    if (!batch.summary) return total;
    after = batch.ids[batch.ids.length - 1];
    total.reports += batch.summary.reports;
    total.checks += batch.summary.checks;
    total.broken += batch.summary.broken;
  }
}

/** Recomputes every report, e.g. after a rule changed without its version being raised. */
export async function recomputeAllFindings(em: EntityManager): Promise<RecomputeSummary> {
  const rows: { id: number }[] = await em.getConnection().execute('select id from report order by id');
  return recomputeFindings(em, rows.map((r) => r.id), { neighbours: false });
}

/** The reports plus those whose cross-report checks read them. */
async function withNeighbours(em: EntityManager, reportIds: number[]): Promise<number[]> {
  return [...new Set([...reportIds, ...(await readersOf(em, reportIds))])];
}

async function storeFindings(em: EntityManager, reportIds: number[], results: Map<number, CheckResult[]>, reports: Map<number, ReportFacts>): Promise<void> {
  const existing = await em.find(Finding, { report: { $in: reportIds } });
  const stored = new Map(existing.map((f) => [`${f.report.id}/${f.fingerprint}`, f]));
  const kept = new Set<Finding>();
  for (const [reportId, list] of results) {
    list.forEach((result, index) => {
      const fields = {
        ruleId: result.ruleId,
        family: result.family as RuleFamily,
        severity: result.severity as FindingSeverity,
        status: result.holds ? FindingStatus.HOLDS : FindingStatus.BROKEN,
        expected: result.expected,
        actual: result.actual,
        message: result.message,
        involved: storedInvolved(result.involved, reports.get(reportId)!),
        fingerprint: result.fingerprint,
        ruleSetVersion: RULE_SET_VERSION,
        reportVersion: reports.get(reportId)!.version,
        ordinal: index + 1,
      };
      const row = stored.get(`${reportId}/${result.fingerprint}`);
      if (row) {
        em.assign(row, fields);
        kept.add(row);
      } else {
        em.create(Finding, { report: em.getReference(Report, reportId), ...fields });
      }
    });
  }
  for (const row of existing) if (!kept.has(row)) em.remove(row);
  await em.flush();
}
