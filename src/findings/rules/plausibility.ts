import { cellMap, type CheckInput } from '../facts.js';
import { cellRef, proseRef } from '../check-helpers.js';
import { isCountCell } from '../counts.js';
import { HEADLINE_MEASURES, headlineCell } from '../headline-measures.js';
import type { CheckOutcome, Rule } from '../rule.js';

/** Values that cannot be right, or are unlikely to be: negative or fractional counts, rates outside 0–100 %, ×5 jumps, a stock that does not carry over. */

const JUMP_FACTOR = 5;
/** Below this, a ×5 change is a handful of cases, not a sign of a wrong figure. */
const JUMP_MINIMUM = 20;

export const plausibilityRules: Rule[] = [
  {
    id: 'plausibility.whole-non-negative-counts',
    version: 1,
    family: 'PLAUSIBILITY',
    severity: 'WARNING',
    description: { en: 'Every count in the table is a whole number, not negative', zh: '统计表中的计数均为非负整数' },
    check({ report }: CheckInput): CheckOutcome[] {
      const counts = report.cells.filter((c) => c.value != null && isCountCell(c));
      if (counts.length === 0) return [];
      const wrong = counts.filter((c) => c.value! < 0 || !Number.isInteger(c.value));
      return [{
        holds: wrong.length === 0,
        expected: 0,
        actual: wrong.length,
        message: wrong.length === 0 ? `All ${counts.length} counts are whole and not negative` : `${wrong.length} count(s) are negative or not whole: ${wrong.map((c) => `${c.label} ${c.raw}`).join('; ')}`,
        involved: wrong.map((c) => cellRef(c)),
      }];
    },
  },
  {
    id: 'plausibility.rate-range',
    version: 1,
    family: 'PLAUSIBILITY',
    severity: 'WARNING',
    description: { en: 'Every share or rate the prose states lies between 0 and 100 % (growth rates excepted)', zh: '正文所述占比、比率在0至100%之间（增长率除外）' },
    check({ report }: CheckInput): CheckOutcome[] {
      const rates = report.prose.filter((p) => p.unit === '%' && !/growth|increase|decrease/.test(p.measure));
      if (rates.length === 0) return [];
      const wrong = rates.filter((p) => p.value < 0 || p.value > 100);
      return [{
        holds: wrong.length === 0,
        expected: 0,
        actual: wrong.length,
        message: wrong.length === 0 ? `All ${rates.length} stated rates lie within 0–100%` : `${wrong.length} stated rate(s) lie outside 0–100%`,
        involved: wrong.map((p) => proseRef(p)),
      }];
    },
  },
  {
    id: 'plausibility.closed-within-received',
    version: 1,
    family: 'PLAUSIBILITY',
    severity: 'WARNING',
    description: { en: '2008-era table: applications closed (办结) do not exceed applications received (受理)', zh: '2008年版统计表：申请办结数不大于收到申请数' },
    check({ report }: CheckInput): CheckOutcome[] {
      const byCode = cellMap(report);
      const [received, closed] = [byCode.get('requests.received'), byCode.get('requests.closed')];
      if (report.format !== 'REGULATION_2008' || received?.value == null || closed?.value == null) return [];
      const holds = closed.value <= received.value;
      return [{
        holds,
        expected: received.value,
        actual: closed.value,
        message: `${closed.label} ${closed.value} ${holds ? '≤' : '>'} ${received.label} ${received.value}`,
        involved: [cellRef(received), cellRef(closed)],
      }];
    },
  },
  {
    id: 'plausibility.cumulative-covers-year',
    version: 1,
    family: 'PLAUSIBILITY',
    severity: 'WARNING',
    description: { en: 'Fujian simplified table: each row’s cumulative figure since 2008 (历年累计) is at least this year’s', zh: '福建简表：各行历年累计数不小于本年度数' },
    check({ report }: CheckInput): CheckOutcome[] {
      if (report.tableVariant !== 'FUJIAN_SIMPLIFIED') return [];
      const byCode = cellMap(report);
      const pairs = report.cells
        .filter((c) => c.code.endsWith('.this_year') && c.value != null)
        .flatMap((year) => {
          const cumulative = byCode.get(year.code.replace(/\.this_year$/, '.cumulative'));
          return cumulative?.value != null ? [{ year, cumulative }] : [];
        });
      if (pairs.length === 0) return [];
      const wrong = pairs.filter(({ year, cumulative }) => cumulative.value! < year.value!);
      return [{
        holds: wrong.length === 0,
        expected: 0,
        actual: wrong.length,
        message: wrong.length === 0 ? `All ${pairs.length} cumulative figures cover the year's` : `${wrong.length} row(s) have a cumulative figure below this year's`,
        involved: wrong.flatMap(({ year, cumulative }) => [cellRef(year), cellRef(cumulative)]),
      }];
    },
  },
  {
    id: 'plausibility.year-over-year-jump',
    version: 1,
    family: 'PLAUSIBILITY',
    severity: 'WARNING',
    description: {
      en: `Headline figures (applications, items published, reconsiderations, licensing and penalty decisions) change by less than ×${JUMP_FACTOR} or ÷${JUMP_FACTOR} from the same body’s previous year`,
      zh: `主要指标（申请数、主动公开数、行政复议数、许可和处罚决定数）与同一机关上年相比变化不超过${JUMP_FACTOR}倍`,
    },
    check({ report, previous }: CheckInput): CheckOutcome[] {
      if (!previous) return [];
      return HEADLINE_MEASURES.flatMap((measure) => {
        const [now, before] = [headlineCell(report, measure), headlineCell(previous, measure)];
        if (!now || !before || Math.max(now.value!, before.value!) < JUMP_MINIMUM) return [];
        const ratio = before.value === 0 ? Infinity : now.value! / before.value!;
        const holds = ratio <= JUMP_FACTOR && ratio >= 1 / JUMP_FACTOR;
        return [{
          holds,
          expected: before.value,
          actual: now.value,
          message: `${measure.label}: ${before.value} in ${previous.year}, ${now.value} in ${report.year}${holds ? '' : ` (×${Number.isFinite(ratio) ? Math.round(ratio * 100) / 100 : '∞'})`}`,
          involved: [cellRef(before, previous.year), cellRef(now)],
        }];
      });
    },
  },
  {
    id: 'plausibility.stock-in-force',
    version: 1,
    family: 'PLAUSIBILITY',
    severity: 'WARNING',
    description: {
      en: '2021 template: rules and normative documents in force (现行有效) equal last year’s in force + issued this year (本年制发) − repealed this year (本年废止); revisions counted as issued break exact equality',
      zh: '2021年版格式：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（修订计入制发的会影响相等）',
    },
    check({ report, previous }: CheckInput): CheckOutcome[] {
      if (!previous || report.format !== 'TEMPLATE_2021' || previous.format !== 'TEMPLATE_2021') return [];
      const [now, before] = [cellMap(report), cellMap(previous)];
      return ['rules', 'normative_documents'].flatMap((row) => {
        const [last, issued, repealed, inForce] = [
          before.get(`proactive.${row}.in_force`), now.get(`proactive.${row}.issued`), now.get(`proactive.${row}.repealed`), now.get(`proactive.${row}.in_force`),
        ];
        if (last?.value == null || inForce?.value == null) return [];
        const expected = last.value + (issued?.value ?? 0) - (repealed?.value ?? 0);
        return [{
          holds: expected === inForce.value,
          expected,
          actual: inForce.value,
          message: `${inForce.label}: last year ${last.value} + issued ${issued?.value ?? 0} − repealed ${repealed?.value ?? 0} = ${expected}; the table says ${inForce.value}`,
          involved: [cellRef(last, previous.year), ...[issued, repealed].flatMap((c) => (c ? [cellRef(c)] : [])), cellRef(inForce)],
        }];
      });
    },
  },
];
