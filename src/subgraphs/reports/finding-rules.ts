import { RULE_SET_VERSION, RULES } from '../../findings/rule-set.js';
import { FindingSeverity, RuleFamily } from './finding-enums.js';
import type { FindingRule, FindingRuleSet } from './finding-types.js';

/** The rules engine's catalogue as GraphQL objects; it is code, not data, so it is built once. */
const RULE_OBJECTS: FindingRule[] = RULES.map((rule) => ({
  id: rule.id,
  version: rule.version,
  family: rule.family as RuleFamily,
  severity: rule.severity as FindingSeverity,
  description: rule.description.en,
  descriptionZh: rule.description.zh,
}));

const BY_ID = new Map(RULE_OBJECTS.map((r) => [r.id, r]));

export const findingRuleSet = (): FindingRuleSet => ({ version: RULE_SET_VERSION, rules: RULE_OBJECTS });

/** The rule of a stored finding; null when the finding predates a rule since removed. */
export const findingRule = (ruleId: string): FindingRule | null => BY_ID.get(ruleId) ?? null;
