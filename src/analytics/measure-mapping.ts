import { FUJIAN_SIMPLIFIED } from './layouts/fujian-simplified.js';
import { NATIONAL_2014 } from './layouts/national-2014.js';
import { NATIONAL_TEMPLATE } from './layouts/template.js';
import { type LayoutMapping, Measure, MEASURES, NullReason } from './measures.js';

/** A table layout is a report's format and table variant together. */
export const layoutKey = (format: string, tableVariant: string | null) => `${format}/${tableVariant ?? ''}`;

export const LAYOUTS: ReadonlyMap<string, LayoutMapping> = new Map([
  [layoutKey('REGULATION_2008', 'NATIONAL_2014'), NATIONAL_2014],
  [layoutKey('REGULATION_2008', 'FUJIAN_SIMPLIFIED'), FUJIAN_SIMPLIFIED],
  [layoutKey('TEMPLATE_2019', 'NATIONAL_TEMPLATE'), NATIONAL_TEMPLATE],
  [layoutKey('TEMPLATE_2021', 'NATIONAL_TEMPLATE'), NATIONAL_TEMPLATE],
]);

export interface MeasureExplanation {
  cellCodes: string[];
  nullReason: NullReason | null;
  note: string | null;
}

/** How a layout gives a measure: its cells, or why it has none. */
export function explainMeasure(layout: string, measure: Measure): MeasureExplanation {
  const mapping = LAYOUTS.get(layout);
  if (!mapping) return { cellCodes: [], nullReason: NullReason.UNKNOWN_LAYOUT, note: `No measure mapping for the table layout ${layout}.` };
  const source = mapping[measure];
  if ('codes' in source) return { cellCodes: [...source.codes], nullReason: null, note: source.note ?? null };
  return { cellCodes: [], nullReason: source.reason, note: source.note };
}

/** Why a measure with no value is null for a report of this layout. */
export const nullReasonFor = (layout: string, measure: Measure): NullReason => explainMeasure(layout, measure).nullReason ?? NullReason.NOT_STATED;

/**
 * The mapping as rows (layout, measure, cell code), for SQL to join the cells against. It is
 * sent as three parallel arrays and unnested, so the statement text stays the same.
 */
export function mappingRows(): { layouts: string[]; measures: string[]; codes: string[] } {
  const rows = { layouts: [] as string[], measures: [] as string[], codes: [] as string[] };
  for (const [layout, mapping] of LAYOUTS) {
    for (const measure of MEASURES) {
      const source = mapping[measure];
      if (!('codes' in source)) continue;
      for (const code of source.codes) {
        rows.layouts.push(layout);
        rows.measures.push(measure);
        rows.codes.push(code);
      }
    }
  }
  return rows;
}

/** Layouts that map a measure to cells. */
export const layoutsGiving = (measure: Measure): string[] => [...LAYOUTS].filter(([, m]) => 'codes' in m[measure]).map(([key]) => key);
