import { type LayoutMapping, NullReason } from '../measures.js';

/**
 * The national 《政府信息公开情况统计表》 of report years 2014–2018 (REGULATION_2008 / NATIONAL_2014;
 * codes in src/parsers/regulation-2008/national-codes.ts).
 *
 * Decisions a reader should know:
 * - DISCLOSED counts 同意公开 and 属于已主动公开范围: under the 2019 template, telling an applicant
 *   where a published item is also counts as 予以公开, so both go here to stay comparable.
 * - UNAVAILABLE counts 不属于本行政机关公开 and 申请信息不存在: together they are the 2019 template's
 *   无法提供 / 本机关不掌握. 告知作出更改补充 and 告知通过其他途径办理 have no comparable category
 *   and are in no measure (they stay in APPLICATIONS_HANDLED, the 申请答复数 they belong to).
 * - APPEALS_DECIDED is 维持 + 纠错 + 其他 of reconsiderations and lawsuits: the table has no
 *   pending column, so every counted case is decided.
 */
export const NATIONAL_2014: LayoutMapping = {
  APPLICATIONS_RECEIVED: { codes: ['requests.received'] },
  APPLICATIONS_HANDLED: { codes: ['requests.replies'], note: '申请答复数' },
  DISCLOSED: { codes: ['requests.replies.already_public', 'requests.replies.granted'] },
  PARTLY_DISCLOSED: { codes: ['requests.replies.partially_granted'] },
  WITHHELD: { codes: ['requests.replies.refused'] },
  UNAVAILABLE: { codes: ['requests.replies.not_this_organ', 'requests.replies.not_exist'] },
  NOT_PROCESSED: {
    reason: NullReason.NOT_IN_FORMAT,
    note: 'The 2008-era table has no 不予处理 category; its 告知作出更改补充 and 告知通过其他途径办理 are not the same thing.',
  },
  CLOSED: { codes: ['requests.closed'] },
  CLOSED_ON_TIME: { codes: ['requests.closed.on_time'] },
  RECONSIDERATIONS: { codes: ['reconsiderations'] },
  LAWSUITS: { codes: ['litigation'] },
  APPEALS_DECIDED: {
    codes: ['reconsiderations.upheld', 'reconsiderations.corrected', 'reconsiderations.other', 'litigation.upheld', 'litigation.corrected', 'litigation.other'],
  },
  APPEALS_CORRECTED: { codes: ['reconsiderations.corrected', 'litigation.corrected'] },
  PROACTIVE_ITEMS: { codes: ['proactive.items'] },
  PROACTIVE_WEBSITE: { codes: ['proactive.by_channel.website'] },
  PROACTIVE_GAZETTE: { codes: ['proactive.by_channel.gazette'] },
  PROACTIVE_WEIBO: { codes: ['proactive.by_channel.weibo'] },
  PROACTIVE_WECHAT: { codes: ['proactive.by_channel.wechat'] },
  PROACTIVE_OTHER: { codes: ['proactive.by_channel.other'] },
};
