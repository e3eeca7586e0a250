import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { ANONYMOUS, type Viewer } from '../auth/viewer.js';
import type { CacheTicket } from '../cache/response-cache.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * What every resolver of every subgraph receives. Built once per request by the gateway; in
 * one process the same object reaches the subgraphs, so one EntityManager, one set of loaders
 * and one viewer serve the whole federated request.
 */
export interface RequestContext {
  em: EntityManager;
  loaders: Loaders;
  /** Who is asking, from the Authorization header (src/auth/viewer.ts); checked by src/auth/scope.ts and guards.ts. */
  viewer: Viewer;
  /** Aborted when the operation runs past EXECUTION_TIMEOUT_MS: subgraph fetches not yet started are skipped. */
  execution: AbortController;
  /** Set when the answer may be kept in the response cache (src/cache/cached-answers.ts). */
  cacheTicket?: CacheTicket;
  /** The request's id (X-Request-Id), logged with every line about it and passed on to subgraphs. */
  requestId?: string;
  /** The caller's Authorization header, passed on to subgraphs in split mode. */
  authorization?: string;
}

export function createRequestContext(orm: MikroORM, viewer: Viewer = ANONYMOUS): RequestContext {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em), viewer, execution: new AbortController() };
}
