import { createHash } from 'node:crypto';
import type { Rule } from './rule.js';
import { acrossYearRules } from './rules/across-years.js';
import { hierarchyRules } from './rules/hierarchy.js';
import { ledgerRules } from './rules/ledger.js';
import { plausibilityRules } from './rules/plausibility.js';
import { proseBreakdownRules } from './rules/prose-breakdowns.js';
import { proseStatedTotalRules } from './rules/prose-stated-totals.js';
import { proseStatementRules } from './rules/prose-statements.js';
import { proseVsTableRules } from './rules/prose-vs-table.js';
import { repeatRules } from './rules/repeats.js';
import { shareRules } from './rules/shares.js';
import { tableIdentityRules2008 } from './rules/table-identities-2008.js';
import { tableIdentityRulesTemplate } from './rules/table-identities-template.js';

/** Every rule, in the order its checks are listed. */
export const RULES: readonly Rule[] = [
  ...tableIdentityRules2008,
  ...tableIdentityRulesTemplate,
  ...proseVsTableRules,
  ...proseStatedTotalRules,
  ...proseBreakdownRules,
  ...shareRules,
  ...acrossYearRules,
  ...repeatRules,
  ...plausibilityRules,
  ...proseStatementRules,
  ...hierarchyRules,
  ...ledgerRules,
];

const duplicate = RULES.map((r) => r.id).find((id, i, all) => all.indexOf(id) !== i);
if (duplicate) throw new Error(`Two rules share the id ${duplicate}`);

/**
 * Names the rule set: a hash of every rule's id and version. Stored with each finding, so a
 * start-up can tell which reports were checked by other rules and check them again.
 */
export const RULE_SET_VERSION: string = createHash('sha256')
  .update(RULES.map((r) => `${r.id}@${r.version}`).sort().join('\n'))
  .digest('hex')
  .slice(0, 12);

export const ruleById = new Map(RULES.map((r) => [r.id, r]));
