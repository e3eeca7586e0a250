import { rowOf } from '../keywords.js';
import type { FigureContext, ProsePattern } from '../types.js';

/**
 * Shares and changes that refer to the figure before them:
 *   政府网站公开信息7487条，占61%           → proactive.by_channel.website_share
 *   主动公开政府信息12274条，同比增长81.24％ → proactive.items_growth
 *   …下降5%                                → <figure>_decline
 *   …比上年增加300条                        → <figure>_increase (same unit as the figure)
 *   2017年共发布信息680余条，日均2条         → <figure>_per_day
 * The measure is the referred figure's row with a suffix (a trailing `.total` is dropped:
 * applications.granted.total → applications.granted_share). Values stay as printed, positive.
 * A rate that names its own base (办结率, 满意率) is not a share of the figure before it: left unnamed.
 */

const SHARE = /占|比例|比重/;
const RISE = /增长|增加|上升|提高|提升|增幅|多出/;
const FALL = /下降|减少|降低|降幅|回落/;
const COMPARED = /同比|环比|比上年|较上年|比去年|较去年|上一年|上年度/;

function shareOrRate(ctx: FigureContext): string | null {
  const base = ctx.anchor?.measure;
  if (!base || base === 'unclassified') return null;
  const row = rowOf(base);
  if (/率$/.test(ctx.left.trim().replace(/[为达是：:]+$/, ''))) return null;
  if (FALL.test(ctx.left)) return `${row}_decline`;
  if (RISE.test(ctx.left)) return `${row}_growth`;
  if (SHARE.test(ctx.left)) return `${row}_share`;
  return null;
}

function absoluteChange(ctx: FigureContext): string | null {
  const anchor = ctx.anchor;
  if (!anchor?.measure || anchor.measure === 'unclassified' || anchor.quantity.unit !== ctx.quantity.unit) return null;
  if (/日均|平均每天|每天平均/.test(ctx.left)) return `${rowOf(anchor.measure)}_per_day`;
  if (!COMPARED.test(ctx.left)) return null;
  if (FALL.test(ctx.left)) return `${rowOf(anchor.measure)}_decrease`;
  if (RISE.test(ctx.left)) return `${rowOf(anchor.measure)}_increase`;
  return null;
}

export const relativePatterns: readonly ProsePattern[] = [
  {
    name: 'share or growth of the figure before',
    measureOf: (ctx) => (ctx.quantity.unit === '%' ? shareOrRate(ctx) : absoluteChange(ctx)),
    childOf: (_parent, ctx) => (ctx.quantity.unit === '%' ? shareOrRate(ctx) : absoluteChange(ctx)),
  },
];
