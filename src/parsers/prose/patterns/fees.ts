import type { FigureContext, ProsePattern } from '../types.js';

/**
 * Fees for handling disclosure requests (信息处理费; before 2019 检索、复制、邮寄等费用):
 *   收取信息处理费共计380元，其中民政局1件，收取380元。
 * → fees.collected 380, then the breakdown by body: fees.by_body.applications 1, fees.by_body.collected 380.
 * 减免 (fees waived) → fees.waived, which is the Fujian table's fees_waived row.
 * A statement that nothing was charged (无…收费) is not read as a figure; the seed's hand reading
 * keeps it as the document's `fees` statement, not as a prose figure.
 */

const FEE_WORDS = /收费|处理费|收取|费用/;
const MONEY: ReadonlySet<string> = new Set(['元', '万元']);

function feeOf(ctx: FigureContext): string | null {
  if (!MONEY.has(ctx.quantity.unit) || !FEE_WORDS.test(ctx.clauseLeft)) return null;
  return ctx.clauseLeft.includes('减免') ? 'fees.waived' : 'fees.collected';
}

function feeBreakdown(parent: string, ctx: FigureContext): string | null {
  if (parent !== 'fees.collected' && !parent.startsWith('fees.by_body')) return null;
  if (MONEY.has(ctx.quantity.unit)) return 'fees.by_body.collected';
  if (ctx.quantity.unit === '件' || ctx.quantity.unit === '次') return 'fees.by_body.applications';
  return null;
}

export const feePatterns: readonly ProsePattern[] = [{ name: 'fees', measureOf: feeOf, childOf: feeBreakdown }];
