import { type LayoutMapping, NullReason } from '../measures.js';

/**
 * The 2019+ national template, both versions (TEMPLATE_2019 and TEMPLATE_2021 / NATIONAL_TEMPLATE;
 * codes in src/parsers/template/codes.ts). The versions differ only in rows no measure reads
 * (section 二 and the split of （六）其他处理), so one mapping serves both.
 *
 * Decisions a reader should know:
 * - Every figure is the 总计 column: the applicant split has no counterpart in the 2008 tables.
 * - APPLICATIONS_RECEIVED is 本年新收 only, like the 2008 tables' 收到申请数; 上年结转 is left out.
 * - APPLICATIONS_HANDLED is （七）总计, which counts carried-over applications decided this year.
 * - LAWSUITS adds 未经复议直接起诉 and 复议后起诉. APPEALS_DECIDED leaves out 尚未审结 (pending).
 * - The template has no timeliness rows and counts section 二 by document kind, not by channel.
 */
const sumOf = (section: string, rows: string[], column: string) => rows.map((row) => `${section}.${row}.${column}`);
const APPEAL_GROUPS = ['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'];
const notInFormat = (note: string) => ({ reason: NullReason.NOT_IN_FORMAT, note }) as const;
const NO_CHANNELS = notInFormat('The template’s section 二 counts documents and decisions by kind, not items by channel.');

export const NATIONAL_TEMPLATE: LayoutMapping = {
  APPLICATIONS_RECEIVED: { codes: ['applications.new_received.total'] },
  APPLICATIONS_HANDLED: { codes: ['applications.total_processed.total'], note: '（七）总计' },
  DISCLOSED: { codes: ['applications.granted.total'] },
  PARTLY_DISCLOSED: { codes: ['applications.partially_granted.total'] },
  WITHHELD: {
    codes: sumOf('applications', [
      'withheld.state_secret', 'withheld.prohibited_by_law', 'withheld.three_securities_one_stability', 'withheld.third_party_rights',
      'withheld.internal_affairs', 'withheld.process_information', 'withheld.enforcement_case_file', 'withheld.administrative_query',
    ], 'total'),
  },
  UNAVAILABLE: { codes: sumOf('applications', ['unavailable.not_held', 'unavailable.needs_creation', 'unavailable.unclear_after_correction'], 'total') },
  NOT_PROCESSED: {
    codes: sumOf('applications', [
      'not_processed.petition_complaint', 'not_processed.duplicate', 'not_processed.publication', 'not_processed.mass_repetitive', 'not_processed.confirm_or_reissue',
    ], 'total'),
  },
  CLOSED: notInFormat('The 2019+ template does not report how many applications were closed within the time limit.'),
  CLOSED_ON_TIME: notInFormat('The 2019+ template does not report how many applications were closed within the time limit.'),
  RECONSIDERATIONS: { codes: ['appeals.reconsideration.total'] },
  LAWSUITS: { codes: ['appeals.litigation_direct.total', 'appeals.litigation_after_reconsideration.total'] },
  APPEALS_DECIDED: { codes: APPEAL_GROUPS.flatMap((group) => ['upheld', 'corrected', 'other'].map((outcome) => `appeals.${group}.${outcome}`)) },
  APPEALS_CORRECTED: { codes: APPEAL_GROUPS.map((group) => `appeals.${group}.corrected`) },
  PROACTIVE_ITEMS: notInFormat('The 2019+ template does not count proactively published items.'),
  PROACTIVE_WEBSITE: NO_CHANNELS,
  PROACTIVE_GAZETTE: NO_CHANNELS,
  PROACTIVE_WEIBO: NO_CHANNELS,
  PROACTIVE_WECHAT: NO_CHANNELS,
  PROACTIVE_OTHER: NO_CHANNELS,
};
