import { type EntityManager, type EntityName, type FilterQuery, type FindOptions, ReferenceKind } from '@mikro-orm/core';

/**
 * Rows for reading only, shaped like the entity: every scalar property under its own name, and
 * every to-one relation as `{ id }`, so resolvers written against entities (`figure.channel.id`)
 * read them unchanged.
 *
 * Why: the lists the graph serves are read once and thrown away with the request, and building
 * managed entities for them (hydration, identity map, reference wrappers, change-set snapshots)
 * cost more CPU than the SQL and GraphQL together on a page of 500 reports. The driver's own
 * find runs the same SQL and maps columns to properties, converting types, without any of it.
 *
 * What a plain row is not: it has no `Ref` methods (`getEntity()`, `load()`), no collections,
 * and the ORM does not track it: never give one to the EntityManager. Loaders whose callers need
 * those (populated relations, writes) stay on managed entities.
 */
export async function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: Pick<FindOptions<T>, 'orderBy' | 'limit' | 'offset'> = {},
): Promise<T[]> {
  const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const rows = (await em.getDriver().find(meta.className, where as never, { ...options, ctx: em.getTransactionContext() } as never)) as Record<string, unknown>[];
  const toOne = meta.relations.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner));
  // Types the driver leaves as PostgreSQL sends them (a bigint arrives as a string).
  const platform = em.getPlatform();
  const converted = meta.props.filter((p) => p.kind === ReferenceKind.SCALAR && p.customType);
  for (const row of rows) {
    for (const prop of converted) {
      const value = row[prop.name];
      if (value !== null && value !== undefined) row[prop.name] = prop.customType!.convertToJSValue(value, platform);
    }
    for (const relation of toOne) {
      const key = row[relation.name];
      row[relation.name] = key === null || key === undefined ? null : { id: key };
    }
    // The entity's prototype, set after the fields so that the ORM's accessors on it are
    // shadowed: type-graphql passes a row to resolvers as it is only if it is an instance of
    // the entity class; otherwise it constructs one and copies the row in, at the cost this
    // module exists to avoid.
    Object.setPrototypeOf(row, meta.prototype);
  }
  return rows as T[];
}
