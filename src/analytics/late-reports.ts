import type { EntityManager } from '@mikro-orm/core';
import { type ScopeFilter, scopeCte } from './report-scope-sql.js';

/** Reports published after their statutory deadline, latest first, one page and the total in one SELECT. */
export async function loadLateReports(em: EntityManager, filter: ScopeFilter, offset: number, limit: number): Promise<{ ids: number[]; total: number }> {
  const scope = scopeCte(filter);
  const rows: { id: number; total: number }[] = await em.getConnection().execute(
    `with ${scope.sql}
     select id, count(*) over ()::int as total from scope where days_late > 0
     order by days_late desc, id offset ? limit ?`,
    [...scope.params, offset, limit],
  );
  if (rows.length > 0 || offset === 0) return { ids: rows.map((r) => Number(r.id)), total: Number(rows[0]?.total ?? 0) };
  // A page past the end still reports the total.
  const [{ total }]: { total: number }[] = await em.getConnection().execute(`with ${scope.sql} select count(*)::int as total from scope where days_late > 0`, scope.params);
  return { ids: [], total: Number(total) };
}
