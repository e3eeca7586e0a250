import type { CheckInput, ProseFact } from '../facts.js';
import { proseRef, sum } from '../check-helpers.js';
import { breaksDown, firstOfEachMeasure, isPercent, proactiveGroupOf, proactiveTotal } from '../prose-groups.js';
import type { CheckOutcome, Rule } from '../rule.js';

/**
 * The prose against itself: a figure broken down in the same sentence (…14件（其中，涉及国家秘密1件，
 * 不是《条例》所指政府信息7件，法律法规规定的其他情形的5件）) must equal the sum of its parts, and
 * the categories, channels or publishers of the year's items must add up to it.
 */

/**
 * Drops parts that break down an earlier part: in 预决算公开197条（政府预决算32条、部门预决算公开165条）
 * the bracketed figures share their codes' level with 197, but are inside it, not beside it. Only
 * runs of two or more non-zero figures that add up exactly to the part before them count.
 */
export function withoutNestedParts(parts: ProseFact[]): ProseFact[] {
  const kept: ProseFact[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    kept.push(parts[i]);
    let running = 0;
    for (let j = i + 1; j < parts.length && parts[i].value > 0 && parts[j].value > 0; j += 1) {
      running += parts[j].value;
      if (running > parts[i].value) break;
      if (running === parts[i].value && j - i >= 2) {
        i = j;
        break;
      }
    }
  }
  return kept;
}

function breakdownOutcome(total: ProseFact, parts: ProseFact[], what: string): CheckOutcome {
  const expected = sum(parts.map((p) => p.value));
  const holds = expected === total.value;
  return {
    holds,
    expected,
    actual: total.value,
    message: `${what}: the prose states ${total.value}${total.unit} and parts ${parts.map((p) => p.value).join(' + ')} = ${expected}${holds ? '' : ', which differs'}`,
    involved: [proseRef(total), ...parts.map((p) => proseRef(p))],
  };
}

export const proseBreakdownRules: Rule[] = [
  {
    id: 'prose.breakdown-sum',
    version: 1,
    family: 'PROSE_CONTRADICTION',
    severity: 'ERROR',
    description: {
      en: 'A figure the prose breaks down in the same sentence (其中…) equals the sum of its parts',
      zh: '正文同一句中分项列举（其中……）的各项之和等于所述总数',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const figures = report.prose.filter((p) => !isPercent(p) && proactiveGroupOf(p.measure) === null);
      // Parts are looked for in the total's sentence only: grouped once, not every figure against every other.
      const bySentence = new Map<string, ProseFact[]>();
      for (const figure of figures) {
        const group = bySentence.get(figure.sentence);
        if (group) group.push(figure);
        else bySentence.set(figure.sentence, [figure]);
      }
      const outcomes: CheckOutcome[] = [];
      for (const total of firstOfEachMeasure(figures)) {
        const parts = firstOfEachMeasure(bySentence.get(total.sentence)!.filter((p) => breaksDown(p.measure, total.measure)));
        if (parts.length < 2) continue;
        // The flat reading first; the nested one only where it is what makes the figures add up.
        const nested = withoutNestedParts(parts);
        const reading = sum(parts.map((p) => p.value)) !== total.value && sum(nested.map((p) => p.value)) === total.value ? nested : parts;
        outcomes.push(breakdownOutcome(total, reading, total.measure));
      }
      return outcomes;
    },
  },
  {
    id: 'prose.category-sum',
    version: 1,
    family: 'PROSE_CONTRADICTION',
    severity: 'WARNING',
    description: {
      en: 'The categories, channels or publishers the prose lists for the year’s published items add up to the items it says were published; categories may overlap, so a difference is a warning',
      zh: '正文所列主动公开信息的类别、渠道或发布主体之和等于所述主动公开总数（类别可能交叉，故仅提示）',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const total = proactiveTotal(report.prose);
      if (!total) return [];
      const groups = new Map<string, ProseFact[]>();
      for (const figure of firstOfEachMeasure(report.prose.filter((p) => !isPercent(p)))) {
        const group = proactiveGroupOf(figure.measure);
        if (group) groups.set(group, [...(groups.get(group) ?? []), figure]);
      }
      return [...groups].filter(([, parts]) => parts.length >= 2).map(([group, parts]) => breakdownOutcome(total, parts, group.replace(/\.$/, '')));
    },
  },
];
