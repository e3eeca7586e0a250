import { hash } from 'node:crypto';
import type { CheckInput } from './facts.js';
import { RULES } from './rule-set.js';
import type { CheckOutcome, InvolvedRef, Rule, RuleFamily, Severity } from './rule.js';

/** One check of one report by one rule, named and fingerprinted. */
export interface CheckResult extends CheckOutcome {
  ruleId: string;
  family: RuleFamily;
  severity: Severity;
  fingerprint: string;
}

/**
 * Identifies a finding by what it is about, not by when it was computed: the rule, whether it
 * holds, the values and what was involved (codes, values and text, not lines or row ids, which
 * move when a report is re-read). A review keyed by (report, fingerprint) thus survives re-import
 * and rule-set changes for as long as the finding itself is unchanged.
 */
export function fingerprintOf(ruleId: string, outcome: CheckOutcome): string {
  const involved = outcome.involved.map((r: InvolvedRef) => [r.kind, r.code, r.label, r.value, r.text, r.year]);
  const content = JSON.stringify([ruleId, outcome.holds, outcome.expected, outcome.actual, involved]);
  // One-shot hash(): a Hash object per finding cost more than hashing its few hundred bytes.
  return hash('sha256', content, 'hex').slice(0, 32);
}

/**
 * Runs every rule on one report. Two checks with one fingerprint are one finding (a figure
 * stated twice in one sentence), so duplicates are dropped.
 */
export function runRules(input: CheckInput, rules: readonly Rule[] = RULES): CheckResult[] {
  const results: CheckResult[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const outcome of rule.check(input)) {
      const fingerprint = fingerprintOf(rule.id, outcome);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      results.push({ ...outcome, ruleId: rule.id, family: rule.family, severity: rule.severity, fingerprint });
    }
  }
  return results;
}
