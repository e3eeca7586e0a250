import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/findings/facts.js';
import { ruleById } from '../../src/findings/rule-set.js';
import { facts, input } from './support/facts.js';

const run = (ruleId: string, checkInput: CheckInput) =>
  ruleById.get(ruleId)!.check(checkInput).map(({ holds, expected, actual }) => ({ holds, expected, actual }));

const sentence = '申请答复数20件，其中同意公开10件，不同意公开5件（其中涉及国家秘密1件，其他情形3件）。';

describe('prose against table', () => {
  it('compares every prose figure whose measure is a table code, and ignores percentages', () => {
    const report = facts({
      cells: { 'requests.replies': 20, 'requests.replies.refused': 6 },
      prose: [
        { measure: 'requests.replies', value: 20, sentence },
        { measure: 'requests.replies.refused', value: 5, sentence },
        { measure: 'requests.replies_share', value: 50, unit: '%' },
        { measure: 'public_participation.events', value: 3 },
      ],
    });
    expect(run('prose-table.same-figure', input(report))).toEqual([
      { holds: true, expected: 20, actual: 20 },
      { holds: false, expected: 6, actual: 5 },
    ]);
  });

  it('warns when the table publishes more normative documents than the prose’s category that includes them', () => {
    const report = facts({ format: 'TEMPLATE_2019', cells: { 'proactive.normative_documents.published': 89 }, prose: [{ measure: 'proactive.by_category.policies_and_normative_documents', value: 68, unit: '条' }] });
    expect(run('prose-table.category-covers-table', input(report))).toEqual([{ holds: false, expected: 89, actual: 68 }]);
  });
});

describe('prose totals that span several cells', () => {
  const cells = {
    'applications.new_received.total': 713, 'applications.carried_over.total': 36,
    'applications.unavailable.not_held.total': 265, 'applications.unavailable.needs_creation.total': 40, 'applications.unavailable.unclear_after_correction.total': 32,
  };

  it('accepts 收到 as new applications alone or with those carried over, and names the one cell a category figure was copied from', () => {
    const report = facts({
      format: 'TEMPLATE_2019',
      cells,
      prose: [
        { measure: 'applications.received_stated', value: 749 },
        { measure: 'applications.unavailable_stated', value: 265 },
      ],
    });
    const results = ruleById.get('prose-table.stated-total')!.check(input(report));
    expect(results.map(({ holds, expected, actual }) => ({ holds, expected, actual }))).toEqual([
      { holds: true, expected: 749, actual: 749 },
      { holds: false, expected: 337, actual: 265 },
    ]);
    expect(results[1].message).toBe('The prose states 265件; the table gives 337, and 265 is the single cell applications.unavailable.not_held.total');
  });
});

describe('prose against itself', () => {
  it('adds up a figure broken down in its own sentence, at each level', () => {
    const report = facts({
      prose: [
        { measure: 'requests.replies', value: 20, sentence },
        { measure: 'requests.replies.granted', value: 10, sentence },
        { measure: 'requests.replies.refused', value: 5, sentence },
        { measure: 'requests.replies.refused.state_secret', value: 1, sentence },
        { measure: 'requests.replies.refused.other_statutory', value: 3, sentence },
      ],
    });
    expect(run('prose.breakdown-sum', input(report))).toEqual([
      { holds: false, expected: 15, actual: 20 },
      { holds: false, expected: 4, actual: 5 },
    ]);
  });

  it('reads bracketed figures inside an earlier part as nested where that makes them add up', () => {
    const finance = '今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条。';
    const report = facts({
      prose: [
        ['items', 380], ['special_funds', 152], ['budgets', 197], ['government_budgets', 32], ['department_budgets', 165], ['three_public_expenses', 27], ['bond_issuance', 4],
      ].map(([name, value]) => ({ measure: `key_domains.public_finance.${name}`, value: value as number, sentence: finance, unit: '条' })),
    });
    expect(run('prose.breakdown-sum', input(report))).toEqual([{ holds: true, expected: 380, actual: 380 }]);
  });

  it('adds up categories, channels and publishers of the year’s items, whatever sentence states them', () => {
    const report = facts({
      prose: [
        { measure: 'proactive.items', value: 389, unit: '条' },
        { measure: 'proactive.by_category.notices', value: 300, unit: '条' },
        { measure: 'proactive.by_category.other_mandatory', value: 124, unit: '条' },
        { measure: 'proactive.by_publisher.departments', value: 389, unit: '条' },
        { measure: 'proactive.by_publisher.departments_share', value: 100, unit: '%' },
      ],
    });
    expect(run('prose.category-sum', input(report))).toEqual([{ holds: false, expected: 424, actual: 389 }]);
  });
});

describe('shares', () => {
  it('divides the figure by the total it breaks down, allowing half a unit of the last printed digit', () => {
    const channels = '其中，政府网站公开信息7487条，占61%；政府公报公开信息161条，约占1.4%。';
    const report = facts({
      prose: [
        { measure: 'proactive.items', value: 12274, unit: '条' },
        { measure: 'proactive.by_channel.website', value: 7487, unit: '条', sentence: channels },
        { measure: 'proactive.by_channel.website_share', value: 61, unit: '%', sentence: channels },
        { measure: 'proactive.by_channel.gazette', value: 161, unit: '条', sentence: channels },
        { measure: 'proactive.by_channel.gazette_share', value: 1.4, unit: '%', sentence: channels },
      ],
    });
    expect(run('shares.stated-share', input(report))).toEqual([
      { holds: true, expected: 60.9989, actual: 61 },
      { holds: false, expected: 1.3117, actual: 1.4 },
    ]);
  });
});

describe('what the prose says in words', () => {
  const templateCells = { 'applications.carried_forward.total': 1, 'appeals.reconsideration.pending': 2 };

  it('finds “all handled” while an application is carried forward, and “all upheld” while appeals are pending', () => {
    const report = facts({
      format: 'TEMPLATE_2021',
      cells: templateCells,
      sections: [{ heading: '总体情况', text: '全年收到的政府信息公开申请均已按时办结。行政复议案件均获维持。' }],
    });
    expect(run('prose.all-handled-while-carried-forward', input(report))).toEqual([{ holds: false, expected: 0, actual: 1 }]);
    expect(run('prose.all-upheld-while-pending', input(report))).toEqual([{ holds: false, expected: 0, actual: 2 }]);
    expect(run('prose.all-handled-while-carried-forward', input(facts({ format: 'TEMPLATE_2021', cells: templateCells })))).toEqual([]);
  });

  it('takes applications received but not closed as still open in a 2008-era table', () => {
    const report = facts({ cells: { 'requests.received': 10, 'requests.closed': 8 }, prose: [{ measure: 'requests.closed', value: 8, sentence: '所有申请均已按时办结，共办结8件。' }] });
    expect(run('prose.all-handled-while-carried-forward', input(report))).toEqual([{ holds: false, expected: 0, actual: 2 }]);
  });

  it('finds figures said of another year, and a period outside the report’s year', () => {
    const report = facts({
      year: 2019,
      period: ['2018-01-01', '2018-12-31'],
      prose: [
        { measure: 'requests.received', value: 3, sentence: '2018年度，收到政府信息公开申请3件。' },
        { measure: 'channel_accounts.wechat.posts', value: 1, sentence: '2016年2月，开通微信公众号，发布1条。' },
        { measure: 'proactive.items', value: 9, sentence: '对2017年以来形成的信息公开9条。' },
      ],
    });
    const [result] = ruleById.get('prose.other-year')!.check(input(report));
    expect(result).toMatchObject({ holds: false, expected: 2019, actual: 2018 });
    expect(result.involved.map((r) => r.text)).toEqual(['2018年度，收到政府信息公开申请3件。', '2018-01-01', '2018-12-31']);
  });

  it('finds a problems section that is empty or says 无, and fees charged after saying there were none', () => {
    const report = facts({
      format: 'TEMPLATE_2021',
      cells: { 'applications.other.fee_unpaid.total': 0 },
      sections: [
        { heading: '存在的主要问题及改进情况', text: '无。' },
        { heading: '其他需要报告的事项', text: '本年度无收费。' },
      ],
      fees: { charged: false, statement: '无政府信息公开收费及减免情况。' },
      prose: [{ measure: 'fees.collected', value: 380, unit: '元' }],
    });
    expect(run('prose.problems-section-empty', input(report))).toEqual([{ holds: false, expected: null, actual: null }]);
    expect(run('prose.fees-charged-while-none', input(report))).toEqual([{ holds: false, expected: 0, actual: 380 }]);
    const honest = facts({ sections: [{ heading: '政府信息公开工作存在的主要问题及改进情况', text: '个别部门发布信息不及时。' }], fees: { charged: false, statement: '无收费。' } });
    expect(run('prose.problems-section-empty', input(honest))).toEqual([{ holds: true, expected: null, actual: null }]);
    expect(run('prose.fees-charged-while-none', input(honest))).toEqual([{ holds: true, expected: 0, actual: 0 }]);
  });
});
