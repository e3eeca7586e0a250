import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { type ConnectionShape, connectionFromPage, type PageArgs, pageWindow } from '../graphql/connection.js';
import { findPlain } from './plain-rows.js';

/** One page of a root list, as plain rows, and the total: two statements whatever the size. */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>[],
  args: PageArgs,
): Promise<ConnectionShape<T>> {
  const page = pageWindow(args);
  const [rows, total] = await Promise.all([findPlain(em, entity, where, { orderBy, limit: page.limit, offset: page.offset }), em.count(entity, where)]);
  return connectionFromPage(rows, page, total);
}
