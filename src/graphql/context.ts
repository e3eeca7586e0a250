import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * What every resolver of every subgraph receives. Built once per request by the gateway; in
 * one process the same object reaches the subgraphs, so one EntityManager and one set of
 * loaders serve the whole federated request.
 */
export interface RequestContext {
  em: EntityManager;
  loaders: Loaders;
}

export function createRequestContext(orm: MikroORM): RequestContext {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em) };
}
