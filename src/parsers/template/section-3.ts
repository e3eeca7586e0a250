import type { TableCell } from '../parsed-table.js';
import { sectionRows, type TemplateVersion } from './codes.js';
import { blankPieces, locateRows, rowCells, rowTokens, rowWhat, type LocatedRow } from './row-reader.js';
import { readCells, requireOne, type CellPiece, type SplitRules, type Values } from './split-cells.js';
import { anchor, type Span, type TextView } from './text-view.js';

/**
 * Section 三 (收到和处理政府信息公开申请情况): 7 applicant columns, 23 rows (2019) or 25 (2021,
 * where （六）其他处理 has three sub-rows); formats.md §2.3.
 *
 * Labels are matched with their optional group and item prefixes (`（三）不予公开`, `1.`), because
 * in run-together text an item number left behind would stick to the previous row's digits
 * (`00000002.其他法律…`). Runs of digits are split (split-cells.ts) under identity 3 of formats.md
 * §2.5, 总计 = the six applicant cells; a row still open to two readings is settled, where it can
 * be, by the column identities 1 and 2 against the rows that are settled.
 */

const TITLE = 'section 三 (收到和处理政府信息公开申请情况)';

/**
 * What may stand before a sub-row label: its group (`（三）不予公开`, repeated by some crawls,
 * once with `三、本年度办理结果` before it) and its item number (`1.`, `1、`, `(1)`).
 */
const item = (n: number) => `(?:(?:三、本年度办理结果)?\\([三四五六]\\)[^()0-9|]{0,8})?(?:\\(${n}\\)|${n}[.、])?`;
const tail = '(?:[,、]?行政机关不再处理其政府信息公开申请)?';

const ROW_PATTERNS: Record<string, RegExp> = {
  new_received: anchor('(?:一、)?本年新收(?:政府信息公开)?申请数量'),
  carried_over: anchor('(?:二、)?上年结转(?:政府信息公开)?申请数量'),
  granted: anchor('(?:三、本年度办理结果)?(?:\\(一\\))?予以公开'),
  partially_granted: anchor('(?:\\(二\\))?部分公开(?:\\([^)]{0,40}\\))?'),
  'withheld.state_secret': anchor(`${item(1)}属于国家秘密`),
  'withheld.prohibited_by_law': anchor(`${item(2)}其他法律行政法规禁止公开`),
  'withheld.three_securities_one_stability': anchor(`${item(3)}危及.?三安全一稳定.?`),
  'withheld.third_party_rights': anchor(`${item(4)}保护第三方合法权益`),
  'withheld.internal_affairs': anchor(`${item(5)}属于三类内部事务信息`),
  'withheld.process_information': anchor(`${item(6)}属于四类过程性信息`),
  'withheld.enforcement_case_file': anchor(`${item(7)}属于行政执法案卷`),
  'withheld.administrative_query': anchor(`${item(8)}属于行政查询事项`),
  'unavailable.not_held': anchor(`${item(1)}本机关不掌握相关政府信息`),
  'unavailable.needs_creation': anchor(`${item(2)}没有现成信息需要另行制作`),
  'unavailable.unclear_after_correction': anchor(`${item(3)}补正后申请内容仍不明确`),
  'not_processed.petition_complaint': anchor(`${item(1)}信访举报投诉类申请`),
  'not_processed.duplicate': anchor(`${item(2)}重复申请`),
  'not_processed.publication': anchor(`${item(3)}要求提供公开出版物`),
  'not_processed.mass_repetitive': anchor(`${item(4)}无正当理由大量反复申请`),
  'not_processed.confirm_or_reissue': anchor(`${item(5)}要求行政机关确认或重新出具已获取信息`),
  other: anchor('(?:\\(六\\))?其他处理'),
  'other.no_correction_overdue': anchor(`${item(1)}申请人无正当理由逾期不补正${tail}`),
  'other.fee_unpaid': anchor(`${item(2)}申请人逾期未按收费通知要求缴纳费用${tail}`),
  'other.other': anchor(`${item(3)}其他`),
  total_processed: anchor('(?:\\(七\\))?总计'),
  carried_forward: anchor('(?:四、)?结转下年度继续办理'),
};

const COLUMNS = 7;
const sum = (values: Values) => values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Identity 3: 总计 = 自然人 + the five kinds of organisation (checked only when all seven are printed); no count is negative. */
const rowAddsUp = (v: Values) => v.every((x) => x === null || x >= 0) && (v.some((x) => x === null) || close(v[6]!, sum(v.slice(0, 6))));

/** The cells of section 三, in printed order; `region` runs from its heading to section 四. */
export function parseApplicationsSection(view: TextView, version: TemplateVersion, region: Span): TableCell[] {
  const rows = sectionRows('applications', version);
  const located = locateRows(view, rows.map((row) => ({ row, pattern: ROW_PATTERNS[row.key] })), region, TITLE);
  const readings = located.map((loc) => {
    const tokens = rowTokens(view, loc.segment);
    const rules: SplitRules = { what: rowWhat(TITLE, loc.row), accepts: rowAddsUp };
    return { loc, rules, candidates: tokens.length === 0 ? [blankPieces(loc.label.end, COLUMNS)] : readCells(view, tokens, COLUMNS, rules) };
  });
  settleByColumnIdentities(readings);
  return readings.flatMap(({ loc, rules, candidates }) => rowCells(view, 'applications', loc.row, requireOne(view, candidates, rules)));
}

interface Reading {
  loc: LocatedRow;
  rules: SplitRules;
  candidates: CellPiece[][];
}

/**
 * Identities 1 and 2 of formats.md §2.5, per column:
 *   new_received + carried_over = total_processed + carried_forward,
 *   total_processed = the sum of every result row (granted … other).
 * Rows with several readings are settled together: every combination of their readings is
 * tried (up to MAX_COMBINATIONS), and a reading survives if some combination that makes both
 * identities hold uses it. If no combination does (real tables do break identities), nothing
 * is settled and the rows are reported as they are.
 */
const MAX_COMBINATIONS = 4096;
const TOTAL_ROWS = ['new_received', 'carried_over', 'total_processed', 'carried_forward'];

function settleByColumnIdentities(readings: Reading[]): void {
  const open = readings.filter((r) => r.candidates.length > 1);
  const combinations = open.reduce((n, r) => n * r.candidates.length, 1);
  if (open.length === 0 || combinations > MAX_COMBINATIONS) return;
  const results = readings.map((r) => r.loc.row.key).filter((k) => !TOTAL_ROWS.includes(k));
  const identities = [
    { plus: ['new_received', 'carried_over'], minus: ['total_processed', 'carried_forward'] },
    { plus: results, minus: ['total_processed'] },
  ];
  const byKey = new Map(readings.map((r) => [r.loc.row.key, r.candidates[0]]));
  const holds = () =>
    identities.every(({ plus, minus }) => {
      for (let col = 0; col < COLUMNS; col++) {
        const side = (keys: string[]) => keys.map((k) => byKey.get(k)![col].value);
        const [left, right] = [side(plus), side(minus)];
        if ([...left, ...right].some((v) => v === null)) continue;
        if (!close(sum(left), sum(right))) return false;
      }
      return true;
    });
  const used = open.map(() => new Set<number>());
  const choice = open.map(() => 0);
  for (let n = 0; n < combinations; n++) {
    open.forEach((r, i) => byKey.set(r.loc.row.key, r.candidates[choice[i]]));
    if (holds()) choice.forEach((c, i) => used[i].add(c));
    for (let i = 0; i < choice.length && (choice[i] = (choice[i] + 1) % open[i].candidates.length) === 0; i++);
  }
  if (used[0].size === 0) return;
  open.forEach((r, i) => (r.candidates = r.candidates.filter((_, c) => used[i].has(c))));
}
