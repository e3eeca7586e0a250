import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/findings/facts.js';
import { ruleById } from '../../src/findings/rule-set.js';
import { facts, input } from './support/facts.js';

const run = (ruleId: string, checkInput: CheckInput) =>
  ruleById.get(ruleId)!.check(checkInput).map(({ holds, expected, actual }) => ({ holds, expected, actual }));

describe('across years', () => {
  it('sets last year’s carried-forward applications against this year’s carried-over ones', () => {
    const previous = facts({ year: 2020, format: 'TEMPLATE_2019', cells: { 'applications.carried_forward.total': 4 } });
    const report = facts({ year: 2021, format: 'TEMPLATE_2021', cells: { 'applications.carried_over.total': 3 } });
    expect(run('across-years.carried-over', input(report, { previous }))).toEqual([{ holds: false, expected: 4, actual: 3 }]);
    expect(run('across-years.carried-over', input(report))).toEqual([]);
  });

  it('adds this year to last year’s cumulative figures in the Fujian table (10037 + 2069 = 12106)', () => {
    const fujian = { tableVariant: 'FUJIAN_SIMPLIFIED' };
    const previous = facts({ ...fujian, year: 2017, cells: { 'proactive.items.cumulative': 10037, 'requests.received.cumulative': 5 } });
    const report = facts({ ...fujian, year: 2018, cells: { 'proactive.items.this_year': 2069, 'proactive.items.cumulative': 12106, 'requests.received.this_year': 1, 'requests.received.cumulative': 5 } });
    expect(run('across-years.cumulative', input(report, { previous }))).toEqual([
      { holds: true, expected: 12106, actual: 12106 },
      { holds: false, expected: 6, actual: 5 },
    ]);
  });

  it('recomputes a stated growth rate from both years’ items published', () => {
    const previous = facts({ year: 2016, cells: { 'proactive.items': 6772 } });
    const report = facts({ year: 2017, cells: { 'proactive.items': 12274 }, prose: [{ measure: 'proactive.items_growth', value: 81.24, unit: '%' }] });
    expect(run('across-years.stated-growth', input(report, { previous }))).toEqual([{ holds: true, expected: 81.25, actual: 81.24 }]);
  });
});

describe('plausibility', () => {
  it('flags negative or fractional counts but not amounts or signed changes', () => {
    const report = facts({ format: 'TEMPLATE_2019', cells: { 'applications.granted.total': -1, 'applications.new_received.total': 2.5, 'proactive.licensing.change': -3, 'proactive.fees.amount': 4068.208 } });
    expect(run('plausibility.whole-non-negative-counts', input(report))).toEqual([{ holds: false, expected: 0, actual: 2 }]);
  });

  it('flags rates outside 0–100 %, more closed than received, and a cumulative below the year', () => {
    expect(run('plausibility.rate-range', input(facts({ prose: [{ measure: 'x_share', value: 120, unit: '%' }, { measure: 'proactive.items_growth', value: 300, unit: '%' }] })))).toEqual([
      { holds: false, expected: 0, actual: 1 },
    ]);
    expect(run('plausibility.closed-within-received', input(facts({ cells: { 'requests.received': 3, 'requests.closed': 5 } })))).toEqual([{ holds: false, expected: 3, actual: 5 }]);
    const fujian = facts({ tableVariant: 'FUJIAN_SIMPLIFIED', cells: { 'litigation.this_year': 2, 'litigation.cumulative': 1 } });
    expect(run('plausibility.cumulative-covers-year', input(fujian))).toEqual([{ holds: false, expected: 0, actual: 1 }]);
  });

  it('flags a ×5 jump from last year, across a change of format, and ignores small numbers', () => {
    const previous = facts({ year: 2018, cells: { 'requests.received': 100, reconsiderations: 2 } });
    const report = facts({ year: 2019, format: 'TEMPLATE_2019', cells: { 'applications.new_received.total': 501, 'appeals.reconsideration.total': 11 } });
    expect(run('plausibility.year-over-year-jump', input(report, { previous }))).toEqual([{ holds: false, expected: 100, actual: 501 }]);
  });

  it('carries the stock of documents in force over from last year (2021 template)', () => {
    const previous = facts({ year: 2021, format: 'TEMPLATE_2021', cells: { 'proactive.normative_documents.in_force': 27 } });
    const report = facts({ year: 2022, format: 'TEMPLATE_2021', cells: { 'proactive.normative_documents.issued': 6, 'proactive.normative_documents.repealed': 1, 'proactive.normative_documents.in_force': 32 } });
    expect(run('plausibility.stock-in-force', input(report, { previous }))).toEqual([{ holds: true, expected: 32, actual: 32 }]);
  });
});

describe('suspicious repeats', () => {
  it('flags two key domains with one count of 100 or more, and a table that repeats last year’s', () => {
    const domains = [['housing', 818], ['prices', 818], ['safety', 25], ['poverty', 25]].map(([name, value]) => ({ measure: `key_domains.${name}.items`, value: value as number, unit: '条' }));
    expect(run('repeats.key-domain-counts', input(facts({ prose: domains })))).toEqual([{ holds: false, expected: null, actual: 818 }]);
    const cells = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 0 };
    const previous = facts({ year: 2017, cells });
    expect(run('repeats.table-copied', input(facts({ year: 2018, cells }), { previous }))).toEqual([{ holds: false, expected: null, actual: 5 }]);
    expect(run('repeats.table-copied', input(facts({ year: 2018, cells: { ...cells, a: 9 } }), { previous }))).toEqual([{ holds: true, expected: null, actual: 4 }]);
  });
});

describe('hierarchy', () => {
  const compiled = { heading: '概述', text: '本报告由区政府办公室综合区政府各部门和各镇、街道的政府信息公开工作年度报告编制而成。' };

  it('sets a compiled report’s figures against its children’s, and lists children without a report', () => {
    const report = facts({ cells: { 'requests.received': 30 }, sections: [compiled] });
    const children = [facts({ reportId: 2, cells: { 'requests.received': 12 } }), facts({ reportId: 3, format: 'TEMPLATE_2019', cells: { 'applications.new_received.total': 18 } })];
    expect(run('hierarchy.children-sum', input(report, { children }))).toEqual([{ holds: true, expected: 30, actual: 30 }]);
    const missingChildren = [{ kind: 'GOVERNMENT' as const, name: '某镇人民政府', regionCode: '379901101' }];
    expect(run('hierarchy.children-sum', input(report, { children: children.slice(0, 1), missingChildren }))).toEqual([{ holds: true, expected: 12, actual: 30 }]);
    expect(run('hierarchy.children-without-report', input(report, { children: children.slice(0, 1), missingChildren }))).toEqual([{ holds: false, expected: 2, actual: 1 }]);
  });

  it('does not apply where the report does not say it was compiled from its children', () => {
    const report = facts({ cells: { 'requests.received': 30 } });
    expect(run('hierarchy.children-sum', input(report, { children: [facts({ cells: { 'requests.received': 1 } })] }))).toEqual([]);
  });
});
