import { type LayoutMapping, NullReason } from '../measures.js';

/**
 * The Fujian simplified table (REGULATION_2008 / FUJIAN_SIMPLIFIED; codes in
 * src/parsers/regulation-2008/fujian-codes.ts). Only the <year>年度 column counts; 历年累计 is a
 * running total since 2008 and never a year's figure.
 *
 * The table has four reply types only, no closure rows, no appeal outcomes and two channels, so
 * most of the finer measures are not in it.
 */
const notInFormat = (note: string) => ({ reason: NullReason.NOT_IN_FORMAT, note }) as const;

export const FUJIAN_SIMPLIFIED: LayoutMapping = {
  APPLICATIONS_RECEIVED: { codes: ['requests.received.this_year'] },
  APPLICATIONS_HANDLED: { codes: ['requests.replies.this_year'], note: '对申请的答复总数' },
  DISCLOSED: { codes: ['requests.replies.granted.this_year'] },
  PARTLY_DISCLOSED: { codes: ['requests.replies.partially_granted.this_year'] },
  WITHHELD: { codes: ['requests.replies.refused.this_year'] },
  UNAVAILABLE: notInFormat('The Fujian table counts 无法提供 inside 其他类型答复数 with every other kind of reply.'),
  NOT_PROCESSED: notInFormat('The Fujian table has no 不予处理 row; such replies are inside 其他类型答复数.'),
  CLOSED: notInFormat('The Fujian table has no 申请办结数 row.'),
  CLOSED_ON_TIME: notInFormat('The Fujian table has no 按时办结数 row.'),
  RECONSIDERATIONS: { codes: ['reconsiderations.this_year'] },
  LAWSUITS: { codes: ['litigation.this_year'] },
  APPEALS_DECIDED: notInFormat('The Fujian table gives reconsiderations and lawsuits without their outcomes.'),
  APPEALS_CORRECTED: notInFormat('The Fujian table gives reconsiderations and lawsuits without their outcomes.'),
  PROACTIVE_ITEMS: { codes: ['proactive.items.this_year'] },
  PROACTIVE_WEBSITE: { codes: ['proactive.items.website.this_year'] },
  PROACTIVE_GAZETTE: { codes: ['proactive.items.gazette.this_year'] },
  PROACTIVE_WEIBO: notInFormat('The Fujian table has rows for the website and the gazette only.'),
  PROACTIVE_WECHAT: notInFormat('The Fujian table has rows for the website and the gazette only.'),
  PROACTIVE_OTHER: notInFormat('The Fujian table has rows for the website and the gazette only.'),
};
