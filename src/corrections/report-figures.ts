import type { EntityManager } from '@mikro-orm/core';
import { FigureKind } from '../subgraphs/reports/figure-change.entity.js';

/**
 * The figures of a report that corrections address and versions track: its statistics-table
 * cells, by code, and its prose figures, by ordinal. These are what the findings are computed
 * from (key-domain counts and channel shares are prose figures too).
 */
export interface ReportFigure {
  kind: FigureKind;
  /** Cell code or prose measure. */
  code: string;
  proseOrdinal: number | null;
  /** Cell label or prose sentence. */
  label: string;
  unit: string | null;
  value: number | null;
  /** The cell as printed; null for prose. */
  raw: string | null;
}

export type FigureAddress = Pick<ReportFigure, 'kind' | 'code' | 'proseOrdinal'>;

/** One key per figure of a report: a cell's code or a prose figure's ordinal. */
export const figureKey = (f: FigureAddress): string => (f.kind === FigureKind.TABLE_CELL ? `cell:${f.code}` : `prose:${f.proseOrdinal}`);

/** Every cell and prose figure of the report, keyed by figureKey; one statement, inside the caller's transaction if any. */
export async function readFigures(em: EntityManager, reportId: number): Promise<Map<string, ReportFigure>> {
  const rows: { kind: FigureKind; code: string; prose_ordinal: number | null; label: string; unit: string | null; value: number | null; raw: string | null }[] =
    await em.getConnection().execute(
      `select 'TABLE_CELL' as kind, code, null::int as prose_ordinal, label, unit, value, raw from statistics_cell where report_id = ?
       union all
       select 'PROSE_FIGURE', measure, ordinal, sentence, unit, value, null from prose_figure where report_id = ?`,
      [reportId, reportId],
      'all',
      em.getTransactionContext(),
    );
  const figures = rows.map((r): ReportFigure => ({
    kind: r.kind,
    code: r.code,
    proseOrdinal: r.prose_ordinal == null ? null : Number(r.prose_ordinal),
    label: r.label,
    unit: r.unit,
    value: r.value == null ? null : Number(r.value),
    raw: r.raw,
  }));
  return new Map(figures.map((f) => [figureKey(f), f]));
}

/**
 * Sets figures' values: at most one statement for cells and one for prose, however many.
 * Written past the EntityManager, so rows it manages keep their last-flushed state and a later
 * flush does not write them back.
 */
export async function writeFigures(em: EntityManager, reportId: number, figures: (FigureAddress & { value: number })[]): Promise<void> {
  const connection = em.getConnection();
  const cells = figures.filter((f) => f.kind === FigureKind.TABLE_CELL).map((f) => ({ code: f.code, value: f.value }));
  const prose = figures.filter((f) => f.kind === FigureKind.PROSE_FIGURE).map((f) => ({ ordinal: f.proseOrdinal, value: f.value }));
  // One JSON parameter rather than an array per column: the query layer would spread an array into a list.
  if (cells.length > 0) {
    await connection.execute(
      `update statistics_cell c set value = v.value from jsonb_to_recordset(?::jsonb) as v(code text, value double precision)
        where c.report_id = ? and c.code = v.code`,
      [JSON.stringify(cells), reportId],
      'run',
      em.getTransactionContext(),
    );
  }
  if (prose.length > 0) {
    await connection.execute(
      `update prose_figure p set value = v.value from jsonb_to_recordset(?::jsonb) as v(ordinal int, value double precision)
        where p.report_id = ? and p.ordinal = v.ordinal`,
      [JSON.stringify(prose), reportId],
      'run',
      em.getTransactionContext(),
    );
  }
}
