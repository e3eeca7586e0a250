import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { type ConnectionShape, connectionFromPage, type PageArgs, pageWindow } from '../graphql/connection.js';

/** One page of a root list: the rows of the window and the total, in two statements whatever the size. */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>[],
  args: PageArgs,
): Promise<ConnectionShape<T>> {
  const page = pageWindow(args);
  const [rows, total] = await em.findAndCount(entity, where, { orderBy, limit: page.limit, offset: page.offset });
  return connectionFromPage(rows, page, total);
}
