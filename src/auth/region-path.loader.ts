import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../db/loader-mode.js';
import { recordBatch } from '../observability/loader-batches.js';

/**
 * For many governments at once, the ids of their region and of every region above it, in one
 * recursive SELECT. Scope checks of a whole page of rows therefore cost one statement, and the
 * answer is cached for the rest of the request.
 */
export const regionPathLoaders = (em: EntityManager) => ({
  regionPathByGovernment: new DataLoader<number, number[]>(async (governmentIds) => {
    recordBatch(governmentIds.length);
    const placeholders = governmentIds.map(() => '?').join(', ');
    const rows: { government_id: number; region_id: number }[] = await em.getConnection().execute(
      `with recursive path(government_id, region_id) as (
         select g.id, g.region_id from government g where g.id in (${placeholders})
         union all
         select path.government_id, r.parent_id from path join region r on r.id = path.region_id where r.parent_id is not null
       )
       select government_id, region_id from path`,
      [...governmentIds],
    );
    const paths = new Map<number, number[]>(governmentIds.map((id) => [id, []]));
    for (const row of rows) paths.get(Number(row.government_id))?.push(Number(row.region_id));
    return governmentIds.map((id) => paths.get(id)!);
  }, loaderOptions()),
});
