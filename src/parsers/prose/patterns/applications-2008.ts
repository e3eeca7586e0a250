import { nearestKeyword, type Vocabulary } from '../keywords.js';
import type { FigureContext, ProsePattern } from '../types.js';

/**
 * Disclosure requests in 2008-era reports (政府信息依申请公开办理情况), named with the national
 * table's rows (the Fujian table's rows are the same codes; table-codes.ts adds its column):
 *   收到政府信息公开申请249件，其中当面申请132件，网络申请30件…   → requests.received[.in_person …]
 *   申请办结数249件，其中按时办结数231件，延期办结数18件。          → requests.closed[.on_time|.extended]
 *   申请答复数249件，其中…不同意公开答复数14件（其中，涉及国家秘密1件…） → requests.replies[.refused.state_secret …]
 *   受理依申请公开的数量为2条 / 已答复件数2件，已答复中“同意公开”的件数为1件 (Fujian wording)
 * 2008 has no 新收/结转 distinction, so 收到 and 受理 both name requests.received.
 */

const UNITS: ReadonlySet<string> = new Set(['件', '条']);
const RECEIVED = /(收到|受理|接到|接收|共有)[^，,；;。]{0,20}申请|申请(总)?数|依申请公开(的|信息)?(总)?数/;
/** Under an application heading (七、政府信息公开申请办理情况) "共受理25件" needs no 申请 of its own. */
const RECEIVED_UNDER_HEADING = /收到|受理|接到|接收/;
const CLOSED = /(?<!按时|延期)办结/;
const REPLIES = /答复(总)?数|答复件数|已答复|申请答复|对申请的答复|答复申请/;
/** Reply types: a 答复数 preceded by one of these is a breakdown row, not the total. */
const REPLY_TYPE = /同意|不予|部分|否决|不属于|不存在|告知|主动公开范围/;

const CHANNELS: Vocabulary<string> = [
  ['当面', 'in_person'], ['现场', 'in_person'], ['传真', 'fax'], ['网络', 'online'], ['网上', 'online'], ['在线', 'online'],
  ['电子邮件', 'email'], ['邮件', 'email'], ['信函', 'letter'], ['信函、传真', 'letter_fax'], ['信函传真', 'letter_fax'],
  ['其他形式', 'other'], ['其它形式', 'other'], ['其他方式', 'other'], ['其它方式', 'other'],
];
const CLOSINGS: Vocabulary<string> = [['按时', 'on_time'], ['按期', 'on_time'], ['延期', 'extended']];
const REPLY_TYPES: Vocabulary<string> = [
  ['属于已主动公开', 'already_public'], ['已主动公开', 'already_public'],
  ['同意公开', 'granted'], ['予以公开', 'granted'],
  ['同意部分公开', 'partially_granted'], ['部分公开', 'partially_granted'],
  ['不同意公开', 'refused'], ['不予公开', 'refused'], ['否决公开', 'refused'],
  ['不属于本行政机关', 'not_this_organ'], ['不属于本机关', 'not_this_organ'], ['非本机关', 'not_this_organ'],
  ['信息不存在', 'not_exist'], ['不存在', 'not_exist'],
  ['更改补充', 'correction_requested'], ['补正', 'correction_requested'],
  ['其他途径', 'other_channel'], ['其他类型', 'other'], ['其它类型', 'other'],
];
const REFUSAL_REASONS: Vocabulary<string> = [
  ['国家秘密', 'state_secret'], ['商业秘密', 'commercial_secret'], ['个人隐私', 'personal_privacy'],
  ['国家安全', 'security_stability'], ['社会稳定', 'security_stability'], ['危及', 'security_stability'],
  ['所指政府信息', 'not_government_information'], ['所指的政府信息', 'not_government_information'],
  ['其他情形', 'other_statutory'], ['其它情形', 'other_statutory'],
];

function requestOf(ctx: FigureContext): string | null {
  if (ctx.family !== 'REGULATION_2008' || !UNITS.has(ctx.quantity.unit)) return null;
  const underHeading = ctx.topic?.kind === 'applications';
  if (!ctx.before.includes('申请') && !ctx.before.includes('答复') && !underHeading) return null;
  const words = ctx.clauseLeft;
  if (CLOSED.test(words)) return 'requests.closed';
  if (REPLIES.test(words)) return REPLY_TYPE.test(ctx.left) ? null : 'requests.replies';
  if (RECEIVED.test(words) || (underHeading && RECEIVED_UNDER_HEADING.test(words))) return 'requests.received';
  return null;
}

const BREAKDOWNS: Record<string, Vocabulary<string>> = {
  'requests.received': CHANNELS,
  'requests.closed': CLOSINGS,
  'requests.replies': REPLY_TYPES,
  'requests.replies.refused': REFUSAL_REASONS,
};

function requestBreakdown(parent: string, ctx: FigureContext): string | null {
  const vocabulary = BREAKDOWNS[parent];
  if (ctx.family !== 'REGULATION_2008' || !vocabulary || !UNITS.has(ctx.quantity.unit)) return null;
  const part = nearestKeyword(ctx.left, vocabulary);
  return part ? `${parent}.${part}` : null;
}

export const applications2008Patterns: readonly ProsePattern[] = [
  { name: 'requests (2008)', measureOf: requestOf, childOf: requestBreakdown },
];
