import { type EntityData, type EntityManager, type EntityName, type FilterQuery, type FindOptions, type RequiredEntityData, wrap } from '@mikro-orm/core';

/**
 * The import is set-based: each kind of row is read with one SELECT per report (none under a
 * parent this import created), matched to the document by natural key in memory, and written
 * in a few flushes, where MikroORM batches the rows per table and orders them by foreign key.
 * A new report and its parts skip the unit of work altogether (insertNewReport).
 */

/** True when `row` was created in this unit of work and has no id yet: nothing can refer to it in the database. */
export function isUnsaved(row: object): boolean {
  return !wrap(row, true).hasPrimaryKey();
}

/**
 * The rows matching `where`, or none, without a query, when `under` (the parent the rows
 * belong to) was itself just created: a new report has no sections yet.
 */
export async function findUnder<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityName<T>,
  under: object | null,
  where: FilterQuery<T>,
  options?: FindOptions<T, P>,
): Promise<T[]> {
  if (under && isUnsaved(under)) return [];
  return (await em.find(entity, where, options)) as T[];
}

export interface NaturalKey<T, D> {
  row: (row: T) => string;
  item: (item: D) => string;
}

/**
 * Brings `existing` to `wanted`: rows matched by natural key are updated in place (equal values
 * leave them clean, so a repeated import writes nothing), missing ones are created. Items with
 * the same key share one row. Returns the rows in the order of `wanted`, with a lookup by key.
 */
export function upsertAll<T extends object, D>(
  em: EntityManager,
  entity: EntityName<T>,
  existing: T[],
  wanted: D[],
  key: NaturalKey<T, D>,
  toData: (item: D) => RequiredEntityData<T>,
): { rows: T[]; byKey: Map<string, T> } {
  const found = new Map(existing.map((row) => [key.row(row), row]));
  const byKey = new Map<string, T>();
  const rows = wanted.map((item) => {
    const k = key.item(item);
    const row = byKey.get(k) ?? (found.has(k) ? assign(em, found.get(k)!, toData(item) as EntityData<T>) : em.create(entity, toData(item)));
    byKey.set(k, row);
    return row;
  });
  return { rows, byKey };
}

/**
 * Like upsertAll, for rows a parent owns outright: the ones the document no longer lists are
 * removed. Two items with one key are a broken document, left for the unique constraint to refuse.
 */
export function syncChildren<T extends object, D>(
  em: EntityManager,
  entity: EntityName<T>,
  existing: T[],
  wanted: D[],
  key: NaturalKey<T, D>,
  toData: (item: D) => RequiredEntityData<T>,
): T[] {
  const seen = new Set<string>();
  const duplicates: D[] = [];
  const unique = wanted.filter((item) => {
    const k = key.item(item);
    if (seen.has(k)) duplicates.push(item);
    return !seen.has(k) && seen.add(k);
  });
  const { rows, byKey } = upsertAll(em, entity, existing, unique, key, toData);
  for (const item of duplicates) rows.push(em.create(entity, toData(item)));
  for (const row of existing) if (byKey.get(key.row(row)) !== row) em.remove(row);
  return rows;
}

/** The rows a stored parent owns (`where`), read and synced to `wanted`. */
export async function putChildren<T extends object, D, P extends string = never>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  wanted: D[],
  key: NaturalKey<T, D>,
  toData: (item: D) => RequiredEntityData<T>,
  options?: FindOptions<T, P>,
): Promise<void> {
  syncChildren(em, entity, (await em.find(entity, where, options)) as T[], wanted, key, toData);
}

/** Finds the one row a natural key names, or creates it; no flush, the commit writes it. */
export async function upsertOne<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  under: object | null,
  key: EntityData<T>,
  data: EntityData<T>,
): Promise<T> {
  // A copy: MikroORM normalises a where clause in place.
  const [existing] = await findUnder(em, entity, under, { ...key } as FilterQuery<T>);
  return existing ? assign(em, existing, data) : em.create(entity, { ...key, ...data } as RequiredEntityData<T>);
}

// MikroORM's assign() types resist generic entities; the data is already typed by the callers.
function assign<T extends object>(em: EntityManager, row: T, data: EntityData<T>): T {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return em.assign(row, data as any) as T;
}
