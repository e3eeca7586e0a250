import type { EntityData, EntityManager, EntityName, FilterQuery, RequiredEntityData } from '@mikro-orm/core';

/**
 * Finds the row a natural key names and brings it to `data`, or creates it. Assigning equal
 * values leaves the row clean, so importing the same document twice writes nothing.
 */
export async function upsertBy<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: EntityData<T>,
  data: EntityData<T>,
): Promise<T> {
  // A copy: MikroORM normalises a where clause in place.
  const existing = (await em.findOne(entity, { ...key } as FilterQuery<T>)) as T | null;
  if (existing) return assign(em, existing, data);
  const created = em.create(entity, { ...key, ...data } as RequiredEntityData<T>);
  // Flushed at once so that rows keyed on it (children, lookups) see its id.
  await em.flush();
  return created;
}

/**
 * Makes the children of a parent exactly `wanted`: matched by `keyOf`, updated in place, new
 * ones created, and the ones the document no longer lists removed.
 */
export function syncChildren<T extends object, D>(
  em: EntityManager,
  entity: EntityName<T>,
  existing: T[],
  wanted: D[],
  keyOf: { row: (row: T) => string; item: (item: D) => string },
  toData: (item: D) => RequiredEntityData<T>,
): T[] {
  const byKey = new Map(existing.map((row) => [keyOf.row(row), row]));
  const kept = wanted.map((item) => {
    const row = byKey.get(keyOf.item(item));
    byKey.delete(keyOf.item(item));
    return row ? assign(em, row, toData(item) as EntityData<T>) : em.create(entity, toData(item));
  });
  for (const stale of byKey.values()) em.remove(stale);
  return kept;
}

// MikroORM's assign() types resist generic entities; the data is already typed by the callers.
function assign<T extends object>(em: EntityManager, row: T, data: EntityData<T>): T {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return em.assign(row, data as any) as T;
}
