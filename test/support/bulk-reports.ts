import type { MikroORM } from '@mikro-orm/core';

/**
 * Adds `count` made-up counties under 山东省, each with a government and one report of `year`
 * carrying a figure for every disclosure channel and for the first two key domains: the shape
 * the provincial dashboard reads. Set-based INSERT … SELECT over generate_series, so 500 reports
 * cost five statements, not thousands of entities.
 */
export async function addDashboardReports(orm: MikroORM, count: number, year: number): Promise<void> {
  const connection = orm.em.fork().getConnection();
  await connection.transactional(async (tx) => {
    const run = (sql: string, params: unknown[] = []) => connection.execute(sql, params, 'run', tx);
    await run(`insert into region (code, name, level, parent_id)
      select '38' || lpad(n::text, 4, '0'), '合成县' || n, 'COUNTY', (select id from region where code = '370000')
      from generate_series(1, ?::int) n`, [count]);
    await run(`insert into government (name, region_id)
      select r.name || '人民政府', r.id from region r where r.code like '38%'`);
    await run(`insert into report (government_id, title, year, format, table_variant, source_sha256, legal_basis, problems, next_steps)
      select g.id, g.name || ?::int || '年度政府信息公开工作年度报告', ?::int, 'REGULATION_2008', 'NATIONAL_2014', repeat('0', 64), '{}', '[]', '[]'
      from government g join region r on r.id = g.region_id where r.code like '38%'`, [year, year]);
    await run(`insert into channel_figure (report_id, channel_id, items, line)
      select p.id, c.id, p.id % 100 + c.id, 1 from report p join government g on g.id = p.government_id join region r on r.id = g.region_id
      cross join disclosure_channel c where r.code like '38%'`);
    await run(`insert into key_domain_figure (report_id, key_domain_id, ordinal, items, line)
      select p.id, k.id, row_number() over (partition by p.id order by k.id), p.id % 50, 1
      from report p join government g on g.id = p.government_id join region r on r.id = g.region_id
      cross join (select id from key_domain order by id limit 2) k where r.code like '38%'`);
  });
}
