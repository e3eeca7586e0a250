import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/findings/rule-set.js';
import type { CheckInput } from '../../src/findings/facts.js';
import { facts, input, under } from './support/facts.js';

const run = (ruleId: string, checkInput: CheckInput) =>
  ruleById.get(ruleId)!.check(checkInput).map(({ holds, expected, actual }) => ({ holds, expected, actual }));

describe('table identities of the national 2008-era table', () => {
  it('sums channels, replies and refusal reasons, counting a blank part as 0 and skipping a blank total', () => {
    const report = facts({
      cells: {
        'requests.received': 10, 'requests.received.in_person': 4, 'requests.received.online': 5, 'requests.received.letter': null,
        'requests.replies.refused': 3, 'requests.replies.refused.state_secret': 1, 'requests.replies.refused.other_statutory': 1,
        reconsiderations: null, 'reconsiderations.upheld': 2,
      },
      parents: {
        ...under('requests.received', 'requests.received.in_person', 'requests.received.online', 'requests.received.letter'),
        ...under('requests.replies.refused', 'requests.replies.refused.state_secret', 'requests.replies.refused.other_statutory'),
        ...under('reconsiderations', 'reconsiderations.upheld'),
      },
    });
    expect(run('table.national.sum', input(report))).toEqual([
      { holds: false, expected: 9, actual: 10 },
      { holds: false, expected: 2, actual: 3 },
    ]);
  });

  it('keeps an "of which" row at most its whole, and warns when channels do not add up to items published', () => {
    const report = facts({
      cells: {
        'proactive.items': 100, 'proactive.items.normative_documents': 120,
        'proactive.by_channel.website': 80, 'proactive.by_channel.gazette': 30,
      },
    });
    expect(run('table.national.of-which', input(report))).toEqual([{ holds: false, expected: 100, actual: 120 }]);
    expect(run('table.national.channel-sum', input(report))).toEqual([{ holds: false, expected: 110, actual: 100 }]);
  });

  it('does not apply to other formats', () => {
    const report = facts({ format: 'TEMPLATE_2021', cells: { 'requests.received': 1, 'requests.received.online': 2 }, parents: under('requests.received', 'requests.received.online') });
    expect(run('table.national.sum', input(report))).toEqual([]);
  });
});

describe('table identities of the Fujian simplified table', () => {
  it('sums accepted applications and replies in both columns, and keeps website items within items published', () => {
    const report = facts({
      tableVariant: 'FUJIAN_SIMPLIFIED',
      cells: {
        'requests.received.this_year': 2, 'requests.received.online.this_year': 1, 'requests.received.letter_fax.this_year': 1,
        'requests.received.cumulative': 8, 'requests.received.online.cumulative': 3, 'requests.received.letter_fax.cumulative': 4,
        'proactive.items.this_year': 1853, 'proactive.items.website.this_year': 1713,
      },
      parents: {
        ...under('requests.received.this_year', 'requests.received.online.this_year', 'requests.received.letter_fax.this_year'),
        ...under('requests.received.cumulative', 'requests.received.online.cumulative', 'requests.received.letter_fax.cumulative'),
        ...under('proactive.items.this_year', 'proactive.items.website.this_year'),
      },
    });
    expect(run('table.fujian.sum', input(report))).toEqual([
      { holds: true, expected: 2, actual: 2 },
      { holds: false, expected: 7, actual: 8 },
    ]);
    // 其中 rows are not exhaustive (formats.md: 1853 vs 1713 holds as "at most").
    expect(run('table.fujian.of-which', input(report))).toEqual([{ holds: true, expected: 1853, actual: 1713 }]);
  });
});

describe('table identities of the 2019+ templates', () => {
  const columns = ['natural_person', 'commercial', 'research', 'public_interest', 'legal_service', 'other_org'];
  const row = (name: string, natural: number, total: number) => ({
    ...Object.fromEntries(columns.map((c) => [`applications.${name}.${c}`, c === 'natural_person' ? natural : 0])),
    [`applications.${name}.total`]: total,
  });
  const rowParents = (name: string) => under(`applications.${name}.total`, ...columns.map((c) => `applications.${name}.${c}`));
  const template = (carriedForward: number, grantedTotal: number) =>
    facts({
      format: 'TEMPLATE_2021',
      cells: {
        ...row('new_received', 10, 10), ...row('carried_over', 2, 2), ...row('granted', 7, grantedTotal), ...row('other.other', 3, 3),
        ...row('total_processed', 10, 10), ...row('carried_forward', carriedForward, carriedForward),
        'appeals.reconsideration.upheld': 1, 'appeals.reconsideration.corrected': 0, 'appeals.reconsideration.other': 0, 'appeals.reconsideration.pending': 1, 'appeals.reconsideration.total': 3,
      },
      parents: {
        ...['new_received', 'carried_over', 'granted', 'other.other', 'total_processed', 'carried_forward'].reduce((all, r) => ({ ...all, ...rowParents(r) }), {}),
        ...under('appeals.reconsideration.total', ...['upheld', 'corrected', 'other', 'pending'].map((o) => `appeals.reconsideration.${o}`)),
      },
    });

  it('checks new + carried over = handled + carried forward in each of the seven columns', () => {
    const results = run('table.template.applications-flow', input(template(1, 7)));
    expect(results).toHaveLength(7);
    expect(results[0]).toEqual({ holds: false, expected: 12, actual: 11 });
    expect(results[6]).toEqual({ holds: false, expected: 12, actual: 11 });
    expect(run('table.template.applications-flow', input(template(2, 7))).every((r) => r.holds)).toBe(true);
  });

  it('checks the results against the total handled per column, the applicant columns against each row’s total, and the appeal outcomes', () => {
    const report = template(2, 8);
    expect(run('table.template.results-total', input(report))).toContainEqual({ holds: false, expected: 11, actual: 10 });
    expect(run('table.template.applicant-sum', input(report)).filter((r) => !r.holds)).toEqual([{ holds: false, expected: 7, actual: 8 }]);
    expect(run('table.template.appeals-sum', input(report))).toEqual([{ holds: false, expected: 2, actual: 3 }]);
  });
});
