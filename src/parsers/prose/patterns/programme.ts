import type { FigureContext, ProsePattern } from '../types.js';

/**
 * Counts about the year's work programme, the pilot and the review set-up, with the seed's
 * measure names (seeds/linzi-2017.json):
 *   确定了…等18个重点领域信息公开作为2017年度政务公开要点       → work_points.count
 *   被列为…试点区县（全省共30个）                              → pilot.counties_in_province
 *   …5个领域被确定为试点领域 / 5个试点领域共计8个栏目            → pilot.areas, pilot.topic_columns
 *   分别牵头负责1个领域试点工作                                → pilot.areas_per_lead_department
 *   划分为…五个阶段                                           → pilot.phases
 *   每月25日汇总…试点推进情况                                  → pilot.progress_day
 *   每个单位设有两个账号，一个账号负责…，另一个账号负责保密审核    → confidentiality_review.accounts_per_unit
 *   设立了“公共企事业单位信息公开”专栏，包括…等30个公共企事业单位 → public_institutions.count
 * Pilot figures are only read in sentences that say 试点.
 */

function workPointsOf(ctx: FigureContext): string | null {
  return ctx.quantity.unit === '个' && /^重点(领域|工作)/.test(ctx.right) && ctx.sentence.includes('要点') ? 'work_points.count' : null;
}

function pilotOf(ctx: FigureContext): string | null {
  if (!ctx.sentence.includes('试点')) return null;
  const { unit } = ctx.quantity;
  if (unit === '日') return /每月$/.test(ctx.left) ? 'pilot.progress_day' : null;
  if (unit !== '个') return null;
  if (/全省共?$/.test(ctx.left)) return 'pilot.counties_in_province';
  if (/(全市|全国)共?$/.test(ctx.left)) return 'pilot.sites_in_programme';
  if (/^(试点)?领域/.test(ctx.right)) return /负责$/.test(ctx.left) ? 'pilot.areas_per_lead_department' : 'pilot.areas';
  if (/^阶段/.test(ctx.right)) return 'pilot.phases';
  if (/^(专题)?栏目/.test(ctx.right)) return 'pilot.topic_columns';
  return null;
}

function reviewAccountsOf(ctx: FigureContext): string | null {
  return ctx.quantity.unit === '个' && /^账号/.test(ctx.right) && /每个(单位|部门)/.test(ctx.left)
    ? 'confidentiality_review.accounts_per_unit'
    : null;
}

function publicInstitutionsOf(ctx: FigureContext): string | null {
  return ctx.quantity.unit === '个' && /^(公共)?企?事业单位/.test(ctx.right) ? 'public_institutions.count' : null;
}

export const programmePatterns: readonly ProsePattern[] = [
  { name: 'work points', measureOf: workPointsOf },
  { name: 'pilot', measureOf: pilotOf },
  { name: 'confidentiality review accounts', measureOf: reviewAccountsOf },
  { name: 'public institutions', measureOf: publicInstitutionsOf },
];
