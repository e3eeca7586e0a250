import DataLoader from 'dataloader';
import type { EntityManager, EntityName, FilterQuery, FindOptions, QueryOrderMap, Ref } from '@mikro-orm/core';
import { loaderOptions } from './loader-mode.js';
import { findPlain } from './plain-rows.js';
import { recordBatch } from '../observability/loader-batches.js';

/**
 * The two shapes of batching every field in the graph goes through. Resolvers never query per
 * row: they ask a loader, and each loader turns one tick's worth of keys into one SELECT. Both
 * give plain read-only rows (db/plain-rows.ts), except children with relations to populate.
 */

type WithId = { id: number };

/**
 * A parent's children as a field lists them: which rows, by which relation, in which order. The
 * loader and the SQL-JSON compiler (src/sql-json/) both read it, so the two paths list alike.
 */
export interface ChildList<T> {
  entity: EntityName<T>;
  parent: keyof T & string;
  orderBy: QueryOrderMap<T>;
}

/** The loader of a declared child list (the order is completed by id, as every children loader's is). */
export function childListLoader<T extends object>(em: EntityManager, list: ChildList<T>): DataLoader<number, T[]> {
  return childrenLoader(em, list.entity, list.parent, list.orderBy);
}

/** Rows by primary key: N keys, one statement. Missing ids resolve to null. */
export function byIdLoader<T extends WithId>(em: EntityManager, entity: EntityName<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    recordBatch(ids.length);
    const rows = await findPlain(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, loaderOptions());
}

/**
 * Children of many parents at once, grouped by the parent's id, each group in `orderBy` order.
 * `populate` joins to-one relations into the same statement, and then the rows are managed
 * entities, so that `ref.getEntity()` reads the joined one.
 */
export function childrenLoader<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  parentProperty: K,
  orderBy: QueryOrderMap<T>,
  populate?: string[],
): DataLoader<number, T[]> {
  return new DataLoader(async (parentIds) => {
    recordBatch(parentIds.length);
    const where = { [parentProperty]: { $in: [...parentIds] } } as FilterQuery<T>;
    const order = [orderBy, { id: 'asc' }] as QueryOrderMap<T>[];
    const rows = populate
      ? ((await em.find(entity, where, { orderBy: order, populate, strategy: 'joined' } as unknown as FindOptions<T>)) as T[])
      : await findPlain(em, entity, where, { orderBy: order });
    const groups = new Map<number, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const parent = row[parentProperty] as Ref<WithId> | null;
      if (parent) groups.get(parent.id)?.push(row);
    }
    return parentIds.map((id) => groups.get(id) ?? []);
  }, loaderOptions());
}
