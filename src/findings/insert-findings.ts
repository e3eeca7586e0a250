import type { EntityManager } from '@mikro-orm/core';
import { executeBound } from '../db/execute-bound.js';
import { RULE_SET_VERSION } from './rule-set.js';
import type { CheckResult } from './run-rules.js';

/**
 * Stores the findings of a report that has none yet (one this transaction has just inserted) as
 * one multi-row INSERT past the unit of work: the import's hot path, where creating a hundred
 * Finding entities and flushing them cost more than computing them. The columns hold what
 * recomputeFindings' storeFindings writes for the same results, so a later recompute finds every
 * row by its fingerprint and leaves it as it is.
 */
export async function insertFindings(em: EntityManager, reportId: number, reportVersion: number, results: CheckResult[]): Promise<void> {
  if (results.length === 0) return;
  const rows = results.map((result, index) => ({
    rule_id: result.ruleId,
    family: result.family,
    severity: result.severity,
    status: result.holds ? 'HOLDS' : 'BROKEN',
    expected: result.expected,
    actual: result.actual,
    message: result.message,
    involved: result.involved,
    fingerprint: result.fingerprint,
    ordinal: index + 1,
  }));
  // One JSON parameter rather than an array per column: the query layer would spread an array into a list.
  await executeBound(
    em,
    `insert into finding (report_id, rule_id, family, severity, status, expected, actual, message, involved, fingerprint, rule_set_version, report_version, ordinal)
     select ?, f.rule_id, f.family, f.severity, f.status, f.expected, f.actual, f.message, f.involved, f.fingerprint, ?, ?, f.ordinal
       from jsonb_to_recordset(?::jsonb) as f(rule_id text, family rule_family, severity finding_severity, status finding_status,
            expected double precision, actual double precision, message text, involved jsonb, fingerprint text, ordinal int)
      order by f.ordinal`,
    [reportId, RULE_SET_VERSION, reportVersion, JSON.stringify(rows)],
  );
}
