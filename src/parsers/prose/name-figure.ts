import { PATTERNS } from './patterns/index.js';
import type { FigureContext, NamedQuantity, ProsePattern } from './types.js';

/**
 * Names one figure: first as a breakdown of the figure its wording attaches it to (其中, brackets),
 * then on its own, then as a breakdown of the sentence's latest total (已答复件数2件，已答复中
 * “同意公开”的件数为1件). A figure no pattern names keeps measure null.
 */
export function nameFigure(
  ctx: FigureContext,
  scopeParent: NamedQuantity | null,
  patterns: readonly ProsePattern[] = PATTERNS,
): Pick<NamedQuantity, 'measure' | 'via'> {
  const asChild = (parent: NamedQuantity | null): string | null => {
    if (!parent?.measure) return null;
    const withParent = { ...ctx, parent };
    for (const p of patterns) {
      const measure = p.childOf?.(parent.measure, withParent) ?? null;
      if (measure) return measure;
    }
    return null;
  };
  const child = asChild(scopeParent);
  if (child) return { measure: child, via: 'child' };
  for (const p of patterns) {
    const measure = p.measureOf?.(ctx) ?? null;
    if (measure) return { measure, via: 'top' };
  }
  const implied = ctx.previous !== scopeParent ? asChild(ctx.previous) : null;
  if (implied) return { measure: implied, via: 'child' };
  return { measure: null, via: 'none' };
}
