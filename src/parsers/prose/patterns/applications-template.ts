import { nearestKeyword, rowOf, type Vocabulary } from '../keywords.js';
import type { FigureContext, ProsePattern, ReportFamily } from '../types.js';
import { isTemplate } from './words.js';

/**
 * Applications in 2019+ reports, named with section 三's cells where the wording matches one:
 *   本年新收X件 → applications.new_received.total      上年结转X件 → applications.carried_over.total
 *   予以公开X件 → applications.granted.total           部分公开X件 → applications.partially_granted.total
 *   办结/办理/答复X件 → applications.total_processed.total  结转下年度X件 → applications.carried_forward.total
 *   属于国家秘密X件 → applications.withheld.state_secret.total, and every other numbered sub-row likewise
 *   其中自然人X件 → the same row's natural_person column (commercial, research, … likewise)
 *
 * The rule for 收到/受理: prose "收到/受理申请X件" may be 本年新收 only or 本年新收 + 上年结转
 * (formats.md §2.5: 10 vs 07), so it is applications.new_received.total only when the sentence says
 * 新收; otherwise applications.received_stated, a measure with no cell, compared by findings, not
 * assumed. The same caution gives measures of their own to categories that have no single row:
 * 不予公开 (withheld_stated), 无法提供 (unavailable_stated), 不予处理 (not_processed_stated),
 * 予以公开及部分公开 (granted_and_partially_stated), 2021's 其他处理 (other_stated; 2019 has the
 * row applications.other.total), and 法人或其他组织 (legal_person_or_other; no subtotal column).
 */

/** Applications are counted in 件 in 2019+ reports; 条 is for items of information (全年予以公开信息100条 is not one). */
const UNITS: ReadonlySet<string> = new Set(['件']);
const row = (key: string) => `applications.${key}.total`;

/** The result categories (三、本年度办理结果 （一）–（六）). */
const categoriesFor = (family: ReportFamily): Vocabulary<string> => [
  ['予以公开', row('granted')], ['同意公开', row('granted')], ['全部公开', row('granted')],
  ['部分公开', row('partially_granted')],
  ['予以公开及部分公开', 'applications.granted_and_partially_stated'], ['予以公开和部分公开', 'applications.granted_and_partially_stated'],
  ['公开及部分公开', 'applications.granted_and_partially_stated'], ['公开和部分公开', 'applications.granted_and_partially_stated'],
  ['不予公开', 'applications.withheld_stated'], ['不同意公开', 'applications.withheld_stated'],
  ['无法提供', 'applications.unavailable_stated'], ['不予处理', 'applications.not_processed_stated'],
  ['其他处理', family === 'TEMPLATE_2019' ? row('other') : 'applications.other_stated'],
];

/** The numbered sub-rows: a named reason is more precise than its category (因本机关不掌握…无法提供的21件 is the 不掌握 row). */
const reasonsFor = (family: ReportFamily): Vocabulary<string> => [
  ['国家秘密', row('withheld.state_secret')], ['法律行政法规禁止', row('withheld.prohibited_by_law')],
  ['三安全一稳定', row('withheld.three_securities_one_stability')], ['第三方合法权益', row('withheld.third_party_rights')],
  ['内部事务', row('withheld.internal_affairs')], ['过程性信息', row('withheld.process_information')],
  ['行政执法案卷', row('withheld.enforcement_case_file')], ['行政查询', row('withheld.administrative_query')],
  ['不掌握', row('unavailable.not_held')], ['另行制作', row('unavailable.needs_creation')],
  ['仍不明确', row('unavailable.unclear_after_correction')],
  ['信访举报投诉', row('not_processed.petition_complaint')], ['重复申请', row('not_processed.duplicate')],
  ['公开出版物', row('not_processed.publication')], ['大量反复', row('not_processed.mass_repetitive')],
  ['确认或重新出具', row('not_processed.confirm_or_reissue')],
  ...(family === 'TEMPLATE_2021'
    ? ([['逾期不补正', row('other.no_correction_overdue')], ['缴纳费用', row('other.fee_unpaid')]] as const)
    : []),
];

const APPLICANTS: Vocabulary<string> = [
  ['自然人', 'natural_person'], ['公民', 'natural_person'],
  ['法人或其他组织', 'legal_person_or_other'], ['法人和其他组织', 'legal_person_or_other'], ['法人', 'legal_person_or_other'],
  ['商业企业', 'commercial'], ['科研机构', 'research'], ['社会公益组织', 'public_interest'], ['法律服务机构', 'legal_service'],
];

const CARRIED_FORWARD = /结转(至|到)?下/;
const CARRIED_OVER = /上一?年度?结转|结转上一?年/;
const NEW_RECEIVED = /新收|新受理|新接收|新增申请/;
const RECEIVED = /收到|受理|接到|接收/;
const PROCESSED = /办结|办理|答复|处理完毕|处理/;

/** Named by its own words: the result or the row the words just before the number give. */
function stagedOrResult(ctx: FigureContext): string | null {
  if (CARRIED_FORWARD.test(ctx.left)) return row('carried_forward');
  if (CARRIED_OVER.test(ctx.left)) return row('carried_over');
  if (NEW_RECEIVED.test(ctx.left)) return row('new_received');
  return nearestKeyword(ctx.left, reasonsFor(ctx.family)) ?? nearestKeyword(ctx.left, categoriesFor(ctx.family));
}

/** 新收, 结转 and the result words name application figures by themselves; 收到/办理 need 申请 in the sentence or an application heading. */
function applicationOf(ctx: FigureContext): string | null {
  if (!isTemplate(ctx.family) || !UNITS.has(ctx.quantity.unit)) return null;
  const named = stagedOrResult(ctx);
  if (named) return named;
  if (!ctx.before.includes('申请') && ctx.topic?.kind !== 'applications') return null;
  if (RECEIVED.test(ctx.clauseLeft)) return 'applications.received_stated';
  if (PROCESSED.test(ctx.clauseLeft)) return row('total_processed');
  return null;
}

function applicationBreakdown(parent: string, ctx: FigureContext): string | null {
  if (!isTemplate(ctx.family) || !parent.startsWith('applications.') || !UNITS.has(ctx.quantity.unit)) return null;
  const applicant = nearestKeyword(ctx.left, APPLICANTS);
  if (applicant) return `${rowOf(parent)}.${applicant}`;
  return stagedOrResult(ctx);
}

export const applicationsTemplatePatterns: readonly ProsePattern[] = [
  { name: 'applications (2019+)', measureOf: applicationOf, childOf: applicationBreakdown },
];
