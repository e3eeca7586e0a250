import type { EntityManager } from '@mikro-orm/core';

/** How many rows of each part a report has, to tell a whole import from a partial one; null when there is no such report. */
export async function reportPartCounts(em: EntityManager, reportId: number | null, where: { year?: number } = {}): Promise<Record<string, number> | null> {
  const connection = em.getConnection();
  const [report] = reportId
    ? await connection.execute<{ id: number }[]>('select id from report where id = ?', [reportId])
    : await connection.execute<{ id: number }[]>('select id from report where year = ?', [where.year]);
  if (!report) return null;
  const counts: Record<string, number> = {};
  for (const [part, table] of [
    ['sections', 'report_section'],
    ['cells', 'statistics_cell'],
    ['prose', 'prose_figure'],
    ['channels', 'channel_figure'],
    ['keyDomains', 'key_domain_figure'],
    ['workPoints', 'work_point'],
    ['findings', 'finding'],
  ] as const) {
    const [row] = await connection.execute<{ n: string }[]>(`select count(*) as n from ${table} where report_id = ?`, [report.id]);
    counts[part] = Number(row!.n);
  }
  return counts;
}
