import { firstKeyword, nearestKeyword, type Vocabulary } from '../keywords.js';
import type { FigureContext, ProsePattern } from '../types.js';
import { nounAfter } from './words.js';

/**
 * What reports count about their publishing and public participation beyond the tables:
 *   new media:   开设…等专栏33个，策采相关新闻稿件2606篇，推送系列原创短视频1113个、图文1775条
 *                → new_media.{columns, articles, videos, graphic_posts}; 爆款内容52条 → new_media.viral_posts
 *                (其中1条播放量破亿 → new_media.viral_posts.over_hundred_million …)
 *   participation: 开展意见征集9期 → public_participation.solicitations; 对3件…政策性文件进行意见征集
 *                → public_participation.documents_solicited; 组织19期《问政…》 → .programme_episodes;
 *                开展互动活动42场次 → .events; 受理…群众诉求259起 → .public_requests; 热线电话11通 → .hotline_calls
 *   annual reports: 完成全县64家单位政府信息公开年度报告集中公开 → annual_reports.units_published
 * Columns, articles and posts are only read as new media in a sentence about new media, so a
 * 专栏 on the portal is not one.
 */

const NEW_MEDIA_SENTENCE = /新媒体|公众号|微信|微博|抖音|视频号|头条号|快手/;
const NEW_MEDIA: Vocabulary<string> = [
  ['专栏', 'columns'], ['新闻稿件', 'articles'], ['稿件', 'articles'], ['短视频', 'videos'], ['视频', 'videos'], ['图文', 'graphic_posts'],
];
const VIRAL_TIERS: Vocabulary<string> = [
  ['破亿', 'over_hundred_million'], ['破千万', 'over_ten_million'], ['破百万', 'over_million'], ['破十万', 'over_hundred_thousand'],
];
const PARTICIPATION: Vocabulary<string> = [
  ['意见征集', 'solicitations'], ['征集意见', 'solicitations'], ['征求意见', 'solicitations'],
  ['问政', 'programme_episodes'], ['互动活动', 'events'], ['互动交流', 'events'],
  ['诉求', 'public_requests'], ['热线', 'hotline_calls'], ['留言', 'messages'], ['信箱', 'messages'], ['咨询', 'inquiries'],
];
const PARTICIPATION_UNITS: ReadonlySet<string> = new Set(['期', '次', '场次', '场', '起', '件', '通', '条', '个']);

function newMediaOf(ctx: FigureContext): string | null {
  if (ctx.left.includes('爆款')) return 'new_media.viral_posts';
  if (ctx.left.includes('短视频')) return 'new_media.videos';
  if (!NEW_MEDIA_SENTENCE.test(ctx.sentence)) return null;
  const kind = nearestKeyword(ctx.left, NEW_MEDIA);
  return kind ? `new_media.${kind}` : null;
}

function participationOf(ctx: FigureContext): string | null {
  if (!PARTICIPATION_UNITS.has(ctx.quantity.unit)) return null;
  const after = nounAfter(ctx.right);
  if (/文件/.test(after) && /征集|征求/.test(ctx.clauseLeft + after)) return 'public_participation.documents_solicited';
  const kind = nearestKeyword(ctx.left, PARTICIPATION) ?? firstKeyword(after, PARTICIPATION);
  return kind ? `public_participation.${kind}` : null;
}

function annualReportsOf(ctx: FigureContext): string | null {
  const units = ctx.quantity.unit === '家' || ctx.quantity.unit === '个';
  return units && /年度报告|年报/.test(nounAfter(ctx.right)) ? 'annual_reports.units_published' : null;
}

function viralTier(parent: string, ctx: FigureContext): string | null {
  if (parent !== 'new_media.viral_posts') return null;
  // The tier follows its count (其中1条播放量破亿、2条破千万), so the words after the number come first.
  const tier = firstKeyword(nounAfter(ctx.right), VIRAL_TIERS) ?? nearestKeyword(ctx.left, VIRAL_TIERS);
  return tier ? `${parent}.${tier}` : null;
}

export const publishingActivityPatterns: readonly ProsePattern[] = [
  { name: 'new media', measureOf: newMediaOf, childOf: viralTier },
  { name: 'annual reports', measureOf: annualReportsOf },
  { name: 'public participation', measureOf: participationOf },
];
