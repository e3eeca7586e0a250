import { cellMap, type CheckInput } from '../facts.js';
import { cellRef, proseRef } from '../check-helpers.js';
import { HEADLINE_MEASURES, headlineCell } from '../headline-measures.js';
import type { CheckOutcome, Rule } from '../rule.js';

/** One body’s report against its report for the year before. Restatements happen, so these warn. */

const itemsPublished = HEADLINE_MEASURES.find((m) => m.key === 'items_published')!;

export const acrossYearRules: Rule[] = [
  {
    id: 'across-years.carried-over',
    version: 1,
    family: 'ACROSS_YEARS',
    severity: 'WARNING',
    description: {
      en: '2019+ template: applications carried over from last year (上年结转) equal those last year’s report carried forward (结转下年度继续办理)',
      zh: '2019年后格式：本年“上年结转”申请数等于上年报告“结转下年度继续办理”数',
    },
    check({ report, previous }: CheckInput): CheckOutcome[] {
      if (!previous) return [];
      const forward = cellMap(previous).get('applications.carried_forward.total');
      const over = cellMap(report).get('applications.carried_over.total');
      if (forward?.value == null || over?.value == null) return [];
      const holds = forward.value === over.value;
      return [{
        holds,
        expected: forward.value,
        actual: over.value,
        message: `${previous.year} carried ${forward.value} forward; ${report.year} says ${over.value} were carried over`,
        involved: [cellRef(forward, previous.year), cellRef(over)],
      }];
    },
  },
  {
    id: 'across-years.cumulative',
    version: 1,
    family: 'ACROSS_YEARS',
    severity: 'WARNING',
    description: {
      en: 'Fujian simplified table: each row’s cumulative figure (历年累计) equals last year’s cumulative plus this year’s figure',
      zh: '福建简表：各行历年累计数 = 上年历年累计数 + 本年度数',
    },
    check({ report, previous }: CheckInput): CheckOutcome[] {
      if (!previous || report.tableVariant !== 'FUJIAN_SIMPLIFIED' || previous.tableVariant !== 'FUJIAN_SIMPLIFIED') return [];
      const [now, before] = [cellMap(report), cellMap(previous)];
      return report.cells.flatMap((cumulative) => {
        if (!cumulative.code.endsWith('.cumulative') || cumulative.value == null) return [];
        const year = now.get(cumulative.code.replace(/\.cumulative$/, '.this_year'));
        const last = before.get(cumulative.code);
        if (year?.value == null || last?.value == null) return [];
        const expected = last.value + year.value;
        return [{
          holds: expected === cumulative.value,
          expected,
          actual: cumulative.value,
          message: `${cumulative.label}: ${last.value} cumulative in ${previous.year} + ${year.value} in ${report.year} = ${expected}; the table says ${cumulative.value}`,
          involved: [cellRef(last, previous.year), cellRef(year), cellRef(cumulative)],
        }];
      });
    },
  },
  {
    id: 'across-years.stated-growth',
    version: 1,
    family: 'ACROSS_YEARS',
    severity: 'WARNING',
    description: {
      en: 'A year-on-year growth rate the prose states (同比增长…%) matches this year’s and last year’s reports, to within one percentage point',
      zh: '正文所述同比增长率与本年、上年报告数据相符（误差一个百分点以内）',
    },
    check({ report, previous }: CheckInput): CheckOutcome[] {
      const growth = report.prose.find((p) => p.measure === 'proactive.items_growth');
      if (!previous || !growth) return [];
      const [now, before] = [headlineCell(report, itemsPublished), headlineCell(previous, itemsPublished)];
      if (!now || !before || before.value === 0) return [];
      const computed = Math.round((now.value! / before.value! - 1) * 100 * 100) / 100;
      const holds = Math.abs(computed - growth.value) <= 1;
      return [{
        holds,
        expected: computed,
        actual: growth.value,
        message: `Items published went from ${before.value} to ${now.value}, a change of ${computed}%; the prose says ${growth.value}%`,
        involved: [proseRef(growth), cellRef(before, previous.year), cellRef(now)],
      }];
    },
  },
];
