import type { ReportFacts } from './facts.js';
import type { CheckResult } from './run-rules.js';
import { type StoredInvolvedRef, storedInvolved } from './stored-involved.js';

/** One finding as the import writes it, keyed by column (insertNewReport adds report, versions). */
export interface FindingRow {
  rule_id: string;
  family: string;
  severity: string;
  status: 'HOLDS' | 'BROKEN';
  expected: number | null;
  actual: number | null;
  message: string;
  involved: StoredInvolvedRef[];
  fingerprint: string;
  ordinal: number;
}

/**
 * The rows of a new report's (`own`'s) findings: what recomputeFindings' storeFindings writes for
 * the same results, so a later recompute finds every row by its fingerprint and leaves it as it is.
 */
export function findingRows(results: CheckResult[], own: ReportFacts): FindingRow[] {
  return results.map((result, index) => ({
    rule_id: result.ruleId,
    family: result.family,
    severity: result.severity,
    status: result.holds ? 'HOLDS' : 'BROKEN',
    expected: result.expected,
    actual: result.actual,
    message: result.message,
    involved: storedInvolved(result.involved, own),
    fingerprint: result.fingerprint,
    ordinal: index + 1,
  }));
}
