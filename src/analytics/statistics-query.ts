import type { EntityManager } from '@mikro-orm/core';
import { layoutsGiving } from './measure-mapping.js';
import { type Measure, MEASURES, NullReason } from './measures.js';
import { Rate, RATE_KEYS, RATES } from './rates.js';
import { measureColumn, measuresCte, type ScopeFilter, scopeCte } from './report-scope-sql.js';

/**
 * `reportStatistics`: the reports in scope grouped by some dimensions, with each measure summed,
 * each rate computed from the sums, the change against the previous year (when grouped by year)
 * and a rank, all in one SQL statement whatever the number of groups.
 *
 * - A rate counts only the reports that give every measure of both its sides, so a report whose
 *   format lacks the denominator never dilutes it.
 * - Year over year: the same group (same values of the other dimensions) one year earlier. The
 *   year before `yearFrom` is read for it, then left out of the rows.
 * - Rank: among rows sharing every dimension but the first, by `rankBy` descending (1 = highest;
 *   equal values share a rank; rows without a value come last and get none).
 */

export type Dimension = 'REGION_LEVEL' | 'REGION' | 'YEAR' | 'FORMAT' | 'BODY_TYPE';

const DIMENSION_COLUMNS: Record<Dimension, string[]> = {
  REGION_LEVEL: ['region_level'],
  REGION: ['region_code', 'region_name'],
  YEAR: ['year'],
  FORMAT: ['format'],
  BODY_TYPE: ['body_type'],
};

export interface StatisticsQuery {
  filter: ScopeFilter;
  groupBy: Dimension[];
  rankBy: Measure | Rate;
}

export interface MeasureTotal {
  measure: Measure;
  value: number | null;
  reportsWithValue: number;
  nullReason: NullReason | null;
  previousYearValue: number | null;
  change: number | null;
}

export interface RateTotal {
  rate: Rate;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reportsCounted: number;
  nullReason: NullReason | null;
  previousYearValue: number | null;
  change: number | null;
}

export interface StatisticsRow {
  regionLevel: string | null;
  regionCode: string | null;
  regionName: string | null;
  year: number | null;
  format: string | null;
  bodyType: string | null;
  reportCount: number;
  reportIds: number[];
  datedReports: number;
  lateReports: number;
  measures: MeasureTotal[];
  rates: RateTotal[];
  rank: number | null;
}

const isRate = (key: Measure | Rate): key is Rate => (RATE_KEYS as string[]).includes(key);
const rateSides = (rate: Rate) => RATES[rate];

/** The per-report condition that a rate can be computed: every measure on both sides stated. */
const rateGiven = (rate: Rate) => [...rateSides(rate).numerator, ...rateSides(rate).denominator].map((m) => `p.${measureColumn(m)} is not null`).join(' and ');
const sumOf = (measures: readonly Measure[]) => measures.map((m) => `p.${measureColumn(m)}`).join(' + ');

export function statisticsSql({ filter, groupBy, rankBy }: StatisticsQuery): { sql: string; params: unknown[] } {
  const byYear = groupBy.includes('YEAR');
  // The year before the first asked for feeds the year-over-year change.
  const scopeFilter = byYear && filter.yearFrom != null ? { ...filter, yearFrom: filter.yearFrom - 1 } : filter;
  const scope = scopeCte(scopeFilter);
  const measures = measuresCte();
  const dims = groupBy.flatMap((d) => DIMENSION_COLUMNS[d]);
  const others = groupBy.slice(1).flatMap((d) => DIMENSION_COLUMNS[d]);
  const nonYear = groupBy.filter((d) => d !== 'YEAR').flatMap((d) => DIMENSION_COLUMNS[d]);

  const aggregates = [
    ...MEASURES.map((m) => `sum(p.${measureColumn(m)}) as ${measureColumn(m)}, count(p.${measureColumn(m)})::int as ${measureColumn(m)}_n`),
    ...RATE_KEYS.map((r) => {
      const given = rateGiven(r);
      const name = r.toLowerCase();
      return `sum(${sumOf(RATES[r].numerator)}) filter (where ${given}) as ${name}_num, sum(${sumOf(RATES[r].denominator)}) filter (where ${given}) as ${name}_den, count(*) filter (where ${given})::int as ${name}_n`;
    }),
  ].join(',\n      ');

  const window = `(${nonYear.length ? `partition by ${nonYear.join(', ')} ` : ''}order by year)`;
  const previous = (expression: string) => (byYear ? `case when lag(year) over w = year - 1 then lag(${expression}) over w end` : 'null');
  const lags = [
    ...MEASURES.map((m) => `${previous(measureColumn(m))} as ${measureColumn(m)}_prev`),
    ...RATE_KEYS.map((r) => `${previous(`${r.toLowerCase()}_num / nullif(${r.toLowerCase()}_den, 0)`)} as ${r.toLowerCase()}_prev`),
  ].join(',\n      ');
  const rankExpression = isRate(rankBy) ? `${rankBy.toLowerCase()}_num / nullif(${rankBy.toLowerCase()}_den, 0)` : measureColumn(rankBy);
  const keep = byYear && filter.yearFrom != null ? `where year >= ${Number(filter.yearFrom)}` : '';

  const sql = `with ${scope.sql}, ${measures.sql},
  grouped as (
    select ${dims.length ? dims.map((d) => `s.${d}`).join(', ') + ',' : ''}
      count(*)::int as report_count,
      array_agg(s.id order by s.id) as report_ids,
      array_agg(distinct s.layout) as layouts,
      count(s.published_at)::int as dated_reports,
      count(*) filter (where s.days_late > 0)::int as late_reports,
      ${aggregates}
    from scope s join measures p on p.report_id = s.id
    ${dims.length ? `group by ${dims.map((d) => `s.${d}`).join(', ')}` : ''}
  ),
  with_previous as (
    select *, ${lags}
    from grouped
    ${byYear ? `window w as ${window}` : ''}
  )
  select *, case when ${rankExpression} is null then null else rank() over (${others.length ? `partition by ${others.join(', ')} ` : ''}order by ${rankExpression} desc nulls last) end as rank
  from with_previous ${keep}
  order by ${dims.length ? dims.join(', ') : 'report_count'}`;
  return { sql, params: [...scope.params, ...measures.params] };
}

const num = (v: unknown) => (v == null ? null : Number(v));

export async function queryStatistics(em: EntityManager, query: StatisticsQuery): Promise<StatisticsRow[]> {
  const { sql, params } = statisticsSql(query);
  const rows: Record<string, unknown>[] = await em.getConnection().execute(sql, params);
  return rows.map((row) => {
    const layouts = (row.layouts as string[] | null) ?? [];
    const measures = MEASURES.map((measure): MeasureTotal => {
      const column = measureColumn(measure);
      const value = num(row[column]);
      const previousYearValue = num(row[`${column}_prev`]);
      const given = layoutsGiving(measure);
      return {
        measure,
        value,
        reportsWithValue: Number(row[`${column}_n`]),
        nullReason: value != null ? null : layouts.some((l) => given.includes(l)) ? NullReason.NOT_STATED : NullReason.NOT_IN_FORMAT,
        previousYearValue,
        change: value != null && previousYearValue != null ? value - previousYearValue : null,
      };
    });
    const rates = RATE_KEYS.map((rate): RateTotal => {
      const name = rate.toLowerCase();
      const numerator = num(row[`${name}_num`]);
      const denominator = num(row[`${name}_den`]);
      const value = numerator != null && denominator ? numerator / denominator : null;
      const previousYearValue = num(row[`${name}_prev`]);
      const sides = [...RATES[rate].numerator, ...RATES[rate].denominator];
      const mapped = layouts.some((l) => sides.every((m) => layoutsGiving(m).includes(l)));
      return {
        rate,
        value,
        numerator,
        denominator,
        reportsCounted: Number(row[`${name}_n`]),
        nullReason: value != null ? null : !mapped ? NullReason.NOT_IN_FORMAT : denominator === 0 ? NullReason.ZERO_DENOMINATOR : NullReason.NOT_STATED,
        previousYearValue,
        change: value != null && previousYearValue != null ? value - previousYearValue : null,
      };
    });
    return {
      regionLevel: (row.region_level as string) ?? null,
      regionCode: (row.region_code as string) ?? null,
      regionName: (row.region_name as string) ?? null,
      year: num(row.year),
      format: (row.format as string) ?? null,
      bodyType: (row.body_type as string) ?? null,
      reportCount: Number(row.report_count),
      reportIds: ((row.report_ids as number[] | null) ?? []).map(Number),
      datedReports: Number(row.dated_reports),
      lateReports: Number(row.late_reports),
      measures,
      rates,
      rank: num(row.rank),
    };
  });
}
