import { FUJIAN_ROWS, fujianCellCode } from '../../parsers/regulation-2008/fujian-codes.js';
import { cellMap, type CellFact, type CheckInput } from '../facts.js';
import { cellRef, formatNumber, sumCheck } from '../check-helpers.js';
import type { CheckOutcome, Rule } from '../rule.js';

/**
 * Identities of the 2008-era tables (formats.md §3.2, §3.4): the national 13-section table and
 * the Fujian simplified table. A row's children are the cells whose `parent` names it, so rows a
 * report adds (unlisted_*) are counted too.
 */

const isNational = ({ report }: CheckInput) => report.format === 'REGULATION_2008' && report.tableVariant !== 'FUJIAN_SIMPLIFIED';
const isFujian = ({ report }: CheckInput) => report.format === 'REGULATION_2008' && report.tableVariant === 'FUJIAN_SIMPLIFIED';

const childrenOf = (cells: CellFact[], code: string) => cells.filter((c) => c.parent === code);

/** National rows that are the sum of their printed children. */
const NATIONAL_SUMS: { code: string; describe: string }[] = [
  { code: 'requests.received', describe: 'applications received = sum of channels' },
  { code: 'requests.closed', describe: 'applications closed = on time + extended' },
  { code: 'requests.replies', describe: 'replies = sum of reply types' },
  { code: 'requests.replies.refused', describe: 'refusals = sum of refusal reasons' },
  { code: 'reconsiderations', describe: 'reconsiderations = sum of outcomes' },
  { code: 'litigation', describe: 'lawsuits = sum of outcomes' },
  { code: 'complaints', describe: 'complaints = sum of outcomes' },
  { code: 'archive_submissions', describe: 'items sent to archives = paper + electronic' },
  { code: 'disclosure_websites', describe: 'disclosure websites = county + township' },
  { code: 'reading_points', describe: 'reading points = county + township' },
  { code: 'reading_point_visitors', describe: 'reading-point visitors = county + township' },
  { code: 'staffing.staff', describe: 'staff = full-time + part-time' },
];

/** 其中 rows: each is part of its parent, so never larger. */
const NATIONAL_OF_WHICH: { part: string; whole: string }[] = [
  { part: 'proactive.items.normative_documents', whole: 'proactive.items' },
  { part: 'responses.by_channel.press_conferences.principal', whole: 'responses.by_channel.press_conferences' },
  { part: 'responses.by_channel.online_interviews.principal', whole: 'responses.by_channel.online_interviews' },
];

/** Totals counted once per item whatever the number of channels, set against the channel rows. */
const NATIONAL_CHANNEL_TOTALS: { total: string; channels: string; describe: string }[] = [
  { total: 'proactive.items', channels: 'proactive.by_channel', describe: 'items published = sum of channels' },
  { total: 'responses.total', channels: 'responses.by_channel', describe: 'responses = sum of channels' },
];

function ofWhich(part: CellFact | undefined, whole: CellFact | undefined): CheckOutcome | null {
  if (!part || !whole || part.value == null || whole.value == null) return null;
  const holds = part.value <= whole.value;
  return {
    holds,
    expected: whole.value,
    actual: part.value,
    message: `${part.label} ${formatNumber(part.value)} ${holds ? '≤' : '>'} ${whole.label} ${formatNumber(whole.value)}, of which it is part`,
    involved: [cellRef(whole), cellRef(part)],
  };
}

export const tableIdentityRules2008: Rule[] = [
  {
    id: 'table.national.sum',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: 'National 2008-era table: each total equals the sum of its rows (channels, closures, replies, refusal reasons, appeal outcomes, archives, sites, staff)',
      zh: '2008年版统计表：合计数等于各分项之和（申请渠道、办结、答复、不同意公开理由、复议诉讼结果等）',
    },
    check(input) {
      if (!isNational(input)) return [];
      const cells = input.report.cells;
      const byCode = cellMap(input.report);
      return NATIONAL_SUMS.flatMap(({ code, describe }) => sumCheck(byCode.get(code), childrenOf(cells, code), describe) ?? []);
    },
  },
  {
    id: 'table.national.of-which',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: 'National 2008-era table: an "of which" row (其中) is never larger than the row it is part of',
      zh: '2008年版统计表：“其中”项不大于其所属项',
    },
    check(input) {
      if (!isNational(input)) return [];
      const byCode = cellMap(input.report);
      return NATIONAL_OF_WHICH.flatMap(({ part, whole }) => ofWhich(byCode.get(part), byCode.get(whole)) ?? []);
    },
  },
  {
    id: 'table.national.channel-sum',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'WARNING',
    description: {
      en: 'National 2008-era table: items published and responses against the sum of their channels; the total counts an item once even when several channels carried it, so a difference is a warning',
      zh: '2008年版统计表：主动公开信息数、回应数与各渠道之和核对（不同渠道公开相同信息计1条，故仅提示）',
    },
    check(input) {
      if (!isNational(input)) return [];
      const byCode = cellMap(input.report);
      return NATIONAL_CHANNEL_TOTALS.flatMap(({ total, channels, describe }) => {
        const parts = input.report.cells.filter((c) => c.code.startsWith(`${channels}.`) && c.code.split('.').length === channels.split('.').length + 1);
        return sumCheck(byCode.get(total), parts, describe) ?? [];
      });
    },
  },
  {
    id: 'table.fujian.sum',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: 'Fujian simplified table: applications accepted = sum of channels, replies = sum of reply types, in both the year and the cumulative column',
      zh: '福建简表：受理总数等于各渠道之和，答复总数等于各类答复之和（本年度与历年累计两列）',
    },
    check(input) {
      if (!isFujian(input)) return [];
      return fujianChecks(input, 'sum');
    },
  },
  {
    id: 'table.fujian.of-which',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: 'Fujian simplified table: website and gazette items (其中) are each at most the items published; the 其中 rows need not add up',
      zh: '福建简表：政府网站、政府公报公开数均不大于主动公开数（“其中”项不要求相加等于总数）',
    },
    check(input) {
      if (!isFujian(input)) return [];
      return fujianChecks(input, 'of_which');
    },
  },
];

function fujianChecks(input: CheckInput, identity: 'sum' | 'of_which'): CheckOutcome[] {
  const byCode = cellMap(input.report);
  const outcomes: CheckOutcome[] = [];
  for (const row of FUJIAN_ROWS.filter((r) => r.identity === identity)) {
    for (const column of ['this_year', 'cumulative'] as const) {
      const totalCode = fujianCellCode(row.code, column);
      const parts = childrenOf(input.report.cells, totalCode);
      if (identity === 'sum') {
        const outcome = sumCheck(byCode.get(totalCode), parts, `${row.labels[0]} (${column === 'this_year' ? '本年度' : '历年累计'}) = sum of its rows`);
        if (outcome) outcomes.push(outcome);
      } else {
        for (const part of parts) {
          const outcome = ofWhich(part, byCode.get(totalCode));
          if (outcome) outcomes.push(outcome);
        }
      }
    }
  }
  return outcomes;
}

