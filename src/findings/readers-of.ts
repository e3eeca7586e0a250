import type { EntityManager } from '@mikro-orm/core';

/** When a report of a bulk import was written: its import began once `started` of the run's imports had committed, and it committed `finished`-th. */
export interface ImportTiming {
  started: number;
  finished: number;
}

/**
 * Which reports' cross-report checks read which of `reportIds`: the same issuer's next-year
 * report, and the parent's reports of every year (a department's government; a government's
 * parent region's governments), for a child new to the database changes which children each year
 * misses. A report may read another of `reportIds`. One statement for any number of reports,
 * each part a join from keys.
 */
export async function readerPairs(em: EntityManager, reportIds: number[]): Promise<{ read: number; reader: number }[]> {
  if (reportIds.length === 0) return [];
  return em.getConnection().execute(
    `with x as (
       select r.id, r.government_id, r.department_id, r.year, rg.parent_id
         from report r join government g on g.id = r.government_id join region rg on rg.id = g.region_id
        where r.id in (select value::int from json_array_elements_text(?::json)))
     select x.id as read, r.id as reader from x
       join report r on r.government_id = x.government_id and r.department_id is not distinct from x.department_id and r.year = x.year + 1
     union
     select x.id, r.id from x join report r on r.government_id = x.government_id and r.department_id is null
      where x.department_id is not null
     union
     select x.id, r.id from x join government pg on pg.region_id = x.parent_id join report r on r.government_id = pg.id and r.department_id is null
      where x.department_id is null`,
    [JSON.stringify(reportIds)],
    'all',
    em.getTransactionContext(),
  );
}

/** The reports whose cross-report checks read any of `reportIds` (readerPairs), in id order. */
export async function readersOf(em: EntityManager, reportIds: number[]): Promise<number[]> {
  return [...new Set((await readerPairs(em, reportIds)).map((pair) => pair.reader))].sort((a, b) => a - b);
}
