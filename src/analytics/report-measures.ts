import type { EntityManager } from '@mikro-orm/core';
import { explainMeasure } from './measure-mapping.js';
import { type Measure, MEASURES, NullReason } from './measures.js';
import { measureColumn, measuresCte, scopeCte } from './report-scope-sql.js';

/** One comparable measure of one report, with where it comes from or why it is null. */
export interface ReportMeasureValue {
  measure: Measure;
  value: number | null;
  nullReason: NullReason | null;
  note: string | null;
  cellCodes: string[];
}

export interface ReportMeasures {
  reportId: number;
  layout: string;
  measures: ReportMeasureValue[];
  publishedAt: string | null;
  deadline: string;
  daysLate: number | null;
}

/** The measures of many reports in one SELECT. */
export async function loadReportMeasures(em: EntityManager, reportIds: readonly number[]): Promise<Map<number, ReportMeasures>> {
  const scope = scopeCte({ reportIds: [...reportIds] });
  const measures = measuresCte();
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `with ${scope.sql}, ${measures.sql}
     select s.id, s.layout, to_char(s.published_at, 'YYYY-MM-DD') as published_at, to_char(s.deadline, 'YYYY-MM-DD') as deadline, s.days_late, m.*
     from scope s join measures m on m.report_id = s.id`,
    [...scope.params, ...measures.params],
  );
  return new Map(rows.map((row) => {
    const layout = String(row.layout);
    return [Number(row.id), {
      reportId: Number(row.id),
      layout,
      publishedAt: (row.published_at as string | null) ?? null,
      deadline: String(row.deadline),
      daysLate: row.days_late == null ? null : Number(row.days_late),
      measures: MEASURES.map((measure) => {
        const raw = row[measureColumn(measure)];
        const explained = explainMeasure(layout, measure);
        const value = raw == null ? null : Number(raw);
        return { measure, value, cellCodes: explained.cellCodes, note: explained.note, nullReason: value != null ? null : explained.nullReason ?? NullReason.NOT_STATED };
      }),
    }];
  }));
}
