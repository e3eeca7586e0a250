import type { ProseFact } from './facts.js';

/**
 * Which prose figure a figure breaks down. Measures are dotted codes, so `a.b.c` breaks down `a.b`
 * (or `a.b.items`, the way key domains name their count). Categories, channels and publishers of
 * proactive disclosure break down the year's items, whatever sentence states them.
 */

const PROACTIVE_GROUPS = ['proactive.by_category.', 'proactive.by_channel.', 'proactive.by_publisher.'];
const PROACTIVE_TOTALS = ['proactive.items', 'proactive.items.this_year'];

export const isPercent = (figure: ProseFact) => figure.unit === '%';

export const proactiveGroupOf = (measure: string): string | null =>
  PROACTIVE_GROUPS.find((prefix) => measure.startsWith(prefix) && !measure.slice(prefix.length).includes('.')) ?? null;

/** The year's items published as the prose states them (first statement). */
export const proactiveTotal = (prose: ProseFact[]): ProseFact | undefined =>
  prose.find((p) => PROACTIVE_TOTALS.includes(p.measure) && !isPercent(p));

const COLUMN_SUFFIX = /\.(this_year|cumulative)$/;

/**
 * Whether `part` breaks down `total` by its code: `a.b.c` breaks down `a.b` and `a.b.items`; in the
 * Fujian table's two columns, `a.b.c.this_year` breaks down `a.b.this_year`.
 */
export function breaksDown(part: string, total: string): boolean {
  if (part === total) return false;
  const column = COLUMN_SUFFIX.exec(part)?.[0] ?? '';
  const segments = part.slice(0, part.length - column.length).split('.');
  if (segments.length < 2) return false;
  const parent = segments.slice(0, -1).join('.');
  return total === parent + column || total === `${parent}.items${column}`;
}

/** The first figure with each measure: a figure restated later is one figure, not two parts. */
export function firstOfEachMeasure(figures: ProseFact[]): ProseFact[] {
  const seen = new Set<string>();
  return figures.filter((f) => (seen.has(f.measure) ? false : (seen.add(f.measure), true)));
}
