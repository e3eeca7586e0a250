import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { toRowId } from '../../graphql/ids.js';
import type { Report } from './report.entity.js';
import type { ReportFilter, ReportOrder } from './report.resolver.js';

/**
 * The rows and order of `Query.reports`, for its resolver and for the SQL-JSON compiler
 * (src/sql-json/), so both list alike. Kept out of the resolver's module on purpose: importing
 * a resolver registers its fields with type-graphql, and the order modules load in is the order
 * of the fields in the generated schema.
 */
export function reportListQuery(filter: ReportFilter | null | undefined, orderBy: ReportOrder): { where: FilterQuery<Report>; orderBy: QueryOrderMap<Report>[] } {
  const where: FilterQuery<Report> = {};
  if (filter?.year != null) where.year = filter.year;
  if (filter?.format != null) where.format = filter.format;
  if (filter?.governmentId != null) where.government = toRowId(filter.governmentId, 'Government');
  if (filter?.regionCode != null) {
    // Regions nest at most four deep (province, city, county, township).
    const code = filter.regionCode;
    where.government = { region: { $or: [{ code }, { parent: { code } }, { parent: { parent: { code } } }, { parent: { parent: { parent: { code } } } }] } };
  }
  const year = orderBy === 'YEAR_ASC' ? 'asc' : 'desc';
  return { where, orderBy: [{ year }, { id: 'asc' }] };
}
