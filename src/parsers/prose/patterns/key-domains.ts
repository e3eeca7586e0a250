import { firstKeyword, nearestKeyword, type Vocabulary } from '../keywords.js';
import { DOMAINS } from '../topics.js';
import type { FigureContext, ProsePattern } from '../types.js';
import { ITEM_UNITS, PUBLISH, nounAfter } from './words.js';

/**
 * Items published in a key domain (重点领域信息公开), as key_domains.<slug>.items:
 *   公开保障性住房信息20条                  → the domain named before the number
 *   今年共发布380条财政资金信息              → … or right after it
 *   2．征地拆迁。通过网站公开信息13条       → … or by the heading in force (headings.ts)
 * A breakdown of a domain's items is key_domains.<slug>.<part> where the part is a known one
 * (财政资金 → 专项资金, 预决算, “三公”经费…; 环境保护 → 环境监管, 空气质量…), and
 * key_domains.<slug>.unlisted (lettered per report) when it is counted in the same unit but not known.
 * A figure needs a publishing verb in its clause (发布, 公开, 公布, 公示…), so counts of other things
 * under the same heading (受理各类群众诉求259起) are not taken for published items.
 */

const PARTS: Record<string, Vocabulary<string>> = {
  public_finance: [
    ['政府预决算', 'government_budgets'], ['部门预决算', 'department_budgets'], ['预决算', 'budgets'],
    ['三公', 'three_public_expenses'], ['专项资金', 'special_funds'], ['债券', 'bond_issuance'], ['债务', 'debt'],
  ],
  environmental_protection: [
    ['环境监管', 'supervision'], ['环境违法', 'violations_exposed'], ['曝光台', 'violations_exposed'],
    ['空气质量', 'air_quality_forecasts'], ['排污', 'polluting_units'], ['饮用水', 'drinking_water_monitoring'],
    ['环评', 'impact_assessments'], ['环境影响评价', 'impact_assessments'], ['环境政策', 'policy_measures'], ['政策措施', 'policy_measures'],
  ],
};

function domainOf(ctx: FigureContext): string | null {
  return (
    nearestKeyword(ctx.left, DOMAINS) ??
    nearestKeyword(ctx.clauseLeft, DOMAINS) ??
    firstKeyword(nounAfter(ctx.right), DOMAINS) ??
    (ctx.topic?.kind === 'domain' ? ctx.topic.slug : null)
  );
}

function keyDomainOf(ctx: FigureContext): string | null {
  if (!ITEM_UNITS.has(ctx.quantity.unit) || !PUBLISH.test(ctx.clauseLeft + nounAfter(ctx.right))) return null;
  const slug = domainOf(ctx);
  return slug ? `key_domains.${slug}.items` : null;
}

function keyDomainPart(parent: string, ctx: FigureContext): string | null {
  const m = /^key_domains\.([a-z_]+)\./.exec(parent);
  if (!m || !ITEM_UNITS.has(ctx.quantity.unit)) return null;
  const slug = m[1]!;
  const part = PARTS[slug] ? nearestKeyword(ctx.left, PARTS[slug]!) : null;
  if (part) return `key_domains.${slug}.${part}`;
  return null;
}

export const keyDomainPatterns: readonly ProsePattern[] = [
  { name: 'key domains', measureOf: keyDomainOf, childOf: keyDomainPart },
];

/** Last resort for a breakdown of a domain's items in the same unit: a part not listed above. */
export const unlistedDomainPart: ProsePattern = {
  name: 'key-domain part not listed',
  childOf: (parent, ctx) => {
    const m = /^key_domains\.([a-z_]+)\.items$/.exec(parent);
    const sameUnit = ctx.parent?.quantity.unit === ctx.quantity.unit;
    return m && sameUnit && ITEM_UNITS.has(ctx.quantity.unit) ? `key_domains.${m[1]}.unlisted` : null;
  },
};
