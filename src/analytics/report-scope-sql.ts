import { mappingRows } from './measure-mapping.js';
import { Measure, MEASURES } from './measures.js';

/**
 * SQL pieces shared by the per-report measures and the aggregates: the reports in scope with what
 * they are grouped by, and each report's measures pivoted into one column per measure.
 */

/** A PostgreSQL array literal of plain strings (cell codes, layouts, measure names: no quotes or backslashes). */
export const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v}"`).join(',')}}`;

/** The column of a measure in the pivoted rows: `applications_received`. */
export const measureColumn = (measure: Measure) => measure.toLowerCase();

/** The statutory deadline of a report year: 31 March of the next year up to report year 2018, 31 January from 2019. */
export const DEADLINE_SQL = `(case when r.year <= 2018 then make_date(r.year + 1, 3, 31) else make_date(r.year + 1, 1, 31) end)`;

export interface ScopeFilter {
  regionCode?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  format?: string | null;
  bodyType?: string | null;
  governmentId?: number | null;
  reportIds?: number[] | null;
}

/**
 * `scope`: one row per report meeting the filter, with its layout, issuer region, body type and
 * timeliness. The region filter takes the region and everything below it.
 */
export function scopeCte(filter: ScopeFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.regionCode != null) {
    where.push(`g.region_id in (select id from subtree)`);
    params.push(filter.regionCode);
  }
  if (filter.yearFrom != null) (where.push('r.year >= ?'), params.push(filter.yearFrom));
  if (filter.yearTo != null) (where.push('r.year <= ?'), params.push(filter.yearTo));
  if (filter.format != null) (where.push('r.format::text = ?'), params.push(filter.format));
  if (filter.bodyType != null) (where.push(`(case when r.department_id is null then 'GOVERNMENT' else 'DEPARTMENT' end) = ?`), params.push(filter.bodyType));
  if (filter.governmentId != null) (where.push('r.government_id = ?'), params.push(filter.governmentId));
  if (filter.reportIds != null) (where.push('r.id = any(?::int[])'), params.push(`{${filter.reportIds.join(',')}}`));
  const subtree = filter.regionCode != null
    ? `subtree as (select id from region where code = ? union all select c.id from region c join subtree on c.parent_id = subtree.id),`
    : '';
  const sql = `${subtree ? 'recursive ' + subtree : ''}
  scope as (
    select r.id, r.year, r.format::text as format, r.format::text || '/' || r.table_variant as layout,
      reg.code as region_code, reg.name as region_name, reg.level::text as region_level,
      case when r.department_id is null then 'GOVERNMENT' else 'DEPARTMENT' end as body_type,
      r.published_at, ${DEADLINE_SQL} as deadline,
      case when r.published_at is null then null else greatest(r.published_at - ${DEADLINE_SQL}, 0) end as days_late
    from report r join government g on g.id = r.government_id join region reg on reg.id = g.region_id
    ${where.length ? 'where ' + where.join(' and ') : ''}
  )`;
  return { sql, params };
}

/**
 * `mapping` (layout, measure, cell code) and `measures`: one row per report in scope with a
 * column per measure, the sum of the stated cells mapped to it (null when all are blank or the
 * layout has none).
 */
export function measuresCte(): { sql: string; params: unknown[] } {
  const rows = mappingRows();
  const columns = MEASURES.map((m) => `sum(c.value) filter (where m.measure = '${m}') as ${measureColumn(m)}`).join(',\n      ');
  const sql = `mapping as (select * from unnest(?::text[], ?::text[], ?::text[]) as m(layout, measure, code)),
  measures as (
    select s.id as report_id,
      ${columns}
    from scope s
    left join mapping m on m.layout = s.layout
    left join statistics_cell c on c.report_id = s.id and c.code = m.code
    group by s.id
  )`;
  return { sql, params: [textArray(rows.layouts), textArray(rows.measures), textArray(rows.codes)] };
}
