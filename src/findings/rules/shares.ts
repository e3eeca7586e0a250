import type { CheckInput, ProseFact } from '../facts.js';
import { proseRef } from '../check-helpers.js';
import { breaksDown, proactiveGroupOf, proactiveTotal } from '../prose-groups.js';
import type { CheckOutcome, Rule } from '../rule.js';

/**
 * Stated percentages (占61%) against the figures they are shares of. The prose names a share
 * `<measure>_share`; its numerator is `<measure>` in the same sentence, its base the figure that
 * `<measure>` breaks down. A share printed with d decimals may be off by half a unit of the last
 * digit (61% for 60.998%).
 */

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

function baseOf(report: CheckInput['report'], numerator: ProseFact): ProseFact | undefined {
  if (proactiveGroupOf(numerator.measure)) return proactiveTotal(report.prose);
  return report.prose.find((p) => p.unit !== '%' && breaksDown(numerator.measure, p.measure));
}

export const shareRules: Rule[] = [
  {
    id: 'shares.stated-share',
    version: 1,
    family: 'SHARES',
    severity: 'WARNING',
    description: {
      en: 'A percentage the prose states (占…%) equals the figure divided by the total it is a share of, to the decimals printed',
      zh: '正文所述占比（占……%）与该数据除以其总数的结果一致（按所印小数位）',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      return report.prose.flatMap((share) => {
        if (share.unit !== '%' || !share.measure.endsWith('_share')) return [];
        const measure = share.measure.slice(0, -'_share'.length);
        const numerator = report.prose.find((p) => p.measure === measure && p.sentence === share.sentence);
        const base = numerator && baseOf(report, numerator);
        if (!numerator || !base || base.value === 0) return [];
        const computed = Math.round((numerator.value / base.value) * 100 * 1e4) / 1e4;
        const tolerance = 0.5 * 10 ** -decimalsOf(share.value) + 1e-9;
        const holds = Math.abs(computed - share.value) <= tolerance;
        return [{
          holds,
          expected: computed,
          actual: share.value,
          message: `${numerator.value} of ${base.value} is ${computed}%; the prose says ${share.value}%`,
          involved: [proseRef(share), proseRef(numerator), proseRef(base)],
        }];
      });
    },
  },
];
