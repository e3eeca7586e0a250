import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import { recordBatch } from '../../observability/loader-batches.js';

/** What a report published, read for reconciliation: its issuer and year, table cells and prose figures. */
export interface PublishedFigures {
  governmentId: number;
  departmentId: number | null;
  year: number;
  format: string;
  tableVariant: string | null;
  table: Map<string, number | null>;
  /** The first statement of each measure in the prose. */
  prose: Map<string, number>;
}

/**
 * Reads the reports subgraph's tables directly: the subgraphs share one database, and
 * reconciliation needs the figures, not the report's GraphQL shape. One SELECT for many reports.
 */
export const publishedFiguresLoaders = (em: EntityManager) => ({
  publishedFigures: new DataLoader<number, PublishedFigures | null>(async (reportIds) => {
    recordBatch(reportIds.length);
    const rows: { id: number; government_id: number; department_id: number | null; year: number; format: string; table_variant: string | null; cells: [string, number | null][]; prose: [string, number][] }[] =
      await em.getConnection().execute(
        `select r.id, r.government_id, r.department_id, r.year, r.format, r.table_variant,
           coalesce((select json_agg(json_build_array(c.code, c.value)) from statistics_cell c where c.report_id = r.id), '[]') as cells,
           coalesce((select json_agg(json_build_array(p.measure, p.value) order by p.ordinal) from prose_figure p where p.report_id = r.id), '[]') as prose
         from report r where r.id = any(?::int[])`,
        [`{${reportIds.join(',')}}`],
      );
    const byId = new Map(rows.map((row) => {
      const prose = new Map<string, number>();
      for (const [measure, value] of row.prose) if (!prose.has(measure)) prose.set(measure, value);
      return [Number(row.id), {
        governmentId: Number(row.government_id), departmentId: row.department_id === null ? null : Number(row.department_id), year: row.year,
        format: row.format, tableVariant: row.table_variant, table: new Map(row.cells), prose,
      }];
    }));
    return reportIds.map((id) => byId.get(id) ?? null);
  }, loaderOptions()),
});
