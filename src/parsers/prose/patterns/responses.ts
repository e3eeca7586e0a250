import { nearestKeyword, type Vocabulary } from '../keywords.js';
import type { FigureContext, ProsePattern } from '../types.js';
import { PUBLISH, nounAfter } from './words.js';

/**
 * Responding to public concerns and interpreting policy (回应解读), named with the national table's
 * rows (section 二) in every family; 2019+ tables have no such rows, so there they are measures of
 * their own with the same names, which keeps reports of different years comparable.
 *   回应公众关注热点和重大舆情数347次，其中举办新闻发布会6次，发布政策解读稿件30篇，
 *   通过区长信箱等其他方式回应事件数311次。 → responses.total, responses.by_channel.{press_conferences,
 *   interpretations, other}
 *   全年累计发布解读类信息21条，其中图文及视频类产品共17篇 → responses.by_channel.interpretations[.graphic_and_video]
 *   under a heading about 政策解读: "2017年，共公开发布信息82条。" → responses.by_channel.interpretations
 *   完成政府常务会议同步配套解读7次 → responses.by_channel.interpretations.executive_meetings
 */

const RESPONSE_CHANNELS: Vocabulary<string> = [
  ['新闻发布会', 'press_conferences'], ['发布会', 'press_conferences'],
  ['在线访谈', 'online_interviews'], ['访谈', 'online_interviews'],
  ['政策解读', 'interpretations'], ['解读稿件', 'interpretations'], ['解读', 'interpretations'],
  ['微博微信', 'weibo_wechat'], ['微博、微信', 'weibo_wechat'], ['微博', 'weibo_wechat'], ['微信', 'weibo_wechat'],
  ['其他方式', 'other'], ['其它方式', 'other'],
];
const INTERPRETATION_PARTS: Vocabulary<string> = [
  ['图文', 'graphic_and_video'], ['视频', 'graphic_and_video'], ['图解', 'graphic_and_video'], ['动漫', 'graphic_and_video'],
  ['常务会议', 'executive_meetings'],
];
const PRINCIPAL = /主要负责同志|主要负责人|主要领导/;
const INTERPRETATION_UNITS: ReadonlySet<string> = new Set(['条', '篇', '期', '个', '份']);
const EVENT_UNITS: ReadonlySet<string> = new Set(['次', '场', '场次', '期']);

function responseOf(ctx: FigureContext): string | null {
  const { clauseLeft, left, quantity } = ctx;
  if (quantity.unit === '次' && clauseLeft.includes('回应') && /舆情|热点|关切|关注/.test(clauseLeft)) return 'responses.total';
  if (EVENT_UNITS.has(quantity.unit) && /新闻发布会|发布会/.test(left)) return 'responses.by_channel.press_conferences';
  if (EVENT_UNITS.has(quantity.unit) && /在线访谈/.test(left)) return 'responses.by_channel.online_interviews';
  if (/常务会议|常务会/.test(clauseLeft) && clauseLeft.includes('解读')) return 'responses.by_channel.interpretations.executive_meetings';
  if (!INTERPRETATION_UNITS.has(quantity.unit)) return null;
  if (clauseLeft.includes('解读') && PUBLISH.test(clauseLeft)) return 'responses.by_channel.interpretations';
  const aboutInterpretation = ctx.topic?.kind === 'interpretation';
  if (aboutInterpretation && PUBLISH.test(clauseLeft) && /信息|稿件/.test(clauseLeft + nounAfter(ctx.right))) {
    return 'responses.by_channel.interpretations';
  }
  return null;
}

function responseBreakdown(parent: string, ctx: FigureContext): string | null {
  if (parent === 'responses.total') {
    const channel = nearestKeyword(ctx.left, RESPONSE_CHANNELS);
    return channel ? `responses.by_channel.${channel}` : null;
  }
  if (/^responses\.by_channel\.(press_conferences|online_interviews)$/.test(parent)) {
    return PRINCIPAL.test(ctx.left) ? `${parent}.principal` : null;
  }
  if (parent === 'responses.by_channel.interpretations') {
    const part = nearestKeyword(ctx.left, INTERPRETATION_PARTS);
    return part ? `${parent}.${part}` : null;
  }
  return null;
}

export const responsePatterns: readonly ProsePattern[] = [
  { name: 'responses and interpretation', measureOf: responseOf, childOf: responseBreakdown },
];
