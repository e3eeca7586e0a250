import type { EntityManager } from '@mikro-orm/core';

/**
 * Coverage (报告发布覆盖情况): every body under a region, governments and their departments, and
 * whether it published a report for the year. One SELECT.
 */
export interface CoverageEntry {
  governmentId: number;
  departmentId: number | null;
  name: string;
  regionCode: string;
  reportId: number | null;
}

export async function loadCoverage(em: EntityManager, regionCode: string, year: number, bodyType: string | null): Promise<CoverageEntry[]> {
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `with recursive subtree as (select id from region where code = ? union all select c.id from region c join subtree on c.parent_id = subtree.id),
     bodies as (
       select g.id as government_id, null::int as department_id, g.name, g.region_id from government g where g.region_id in (select id from subtree)
       union all
       select g.id, d.id, d.name, g.region_id from department d join government g on g.id = d.government_id where g.region_id in (select id from subtree)
     )
     select b.government_id, b.department_id, b.name, reg.code as region_code, r.id as report_id
     from bodies b join region reg on reg.id = b.region_id
     left join report r on r.government_id = b.government_id and r.department_id is not distinct from b.department_id and r.year = ?
     where (?::text is null or (case when b.department_id is null then 'GOVERNMENT' else 'DEPARTMENT' end) = ?::text)
     order by reg.code, b.government_id, b.department_id nulls first`,
    [regionCode, year, bodyType, bodyType],
  );
  return rows.map((row) => ({
    governmentId: Number(row.government_id),
    departmentId: row.department_id == null ? null : Number(row.department_id),
    name: String(row.name),
    regionCode: String(row.region_code),
    reportId: row.report_id == null ? null : Number(row.report_id),
  }));
}
