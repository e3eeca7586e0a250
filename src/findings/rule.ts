import type { CheckInput } from './facts.js';

/**
 * A consistency rule: a pure function from a report's facts to checks. Each check either holds
 * or is broken, and both are kept, so a report can be shown as "37 checks, 35 hold".
 */

export type Severity = 'ERROR' | 'WARNING';

export type RuleFamily =
  | 'TABLE_IDENTITY'
  | 'PROSE_VS_TABLE'
  | 'SHARES'
  | 'ACROSS_YEARS'
  | 'REPEATS'
  | 'PLAUSIBILITY'
  | 'PROSE_CONTRADICTION'
  | 'HIERARCHY'
  | 'LEDGER';

/** A cell, sentence, section or other report a check looked at, with where it is in the source text. */
export interface InvolvedRef {
  kind: 'CELL' | 'PROSE' | 'SECTION' | 'REPORT';
  /** Cell code or prose measure. */
  code: string | null;
  /** Cell label, section heading, or the other report's issuer. */
  label: string | null;
  value: number | null;
  /** Raw cell text, the sentence, or a section's text. */
  text: string | null;
  /** 1-based line in the source text of the report it belongs to, where known. */
  line: number | null;
  /** Set when the ref belongs to another report (last year's, a child's). */
  year: number | null;
}

/** What one check found, before the engine names its rule and fingerprints it. */
export interface CheckOutcome {
  holds: boolean;
  expected: number | null;
  actual: number | null;
  /** One English sentence an analyst can read without the rule's description. */
  message: string;
  involved: InvolvedRef[];
}

export interface Rule {
  /** Stable: reviews and fingerprints refer to it. */
  id: string;
  /** Raised whenever what the rule checks changes; part of the rule-set version. */
  version: number;
  family: RuleFamily;
  severity: Severity;
  description: { en: string; zh: string };
  check(input: CheckInput): CheckOutcome[];
}
