import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { type ChangeFeed, listenOnEmbedded, listenOnPostgres } from '../db/change-feed.js';
import type { Database } from '../db/database.js';
import { ResponseCache } from './response-cache.js';

/** The response cache with its change feed on the configured database. */
export async function startResponseCache(database: Database, config: Config): Promise<{ cache: ResponseCache; feed: ChangeFeed }> {
  const feed = database.embedded ? listenOnEmbedded(database.embedded) : await listenOnPostgres(config.DATABASE_URL!);
  const cache = new ResponseCache(feed, { maxBytes: config.RESPONSE_CACHE_MAX_MB * 1024 * 1024, ttlSeconds: config.RESPONSE_CACHE_TTL_S });
  database.orm.em.getEventManager().registerSubscriber(clearOnOrmWrites(cache));
  return { cache, feed };
}

/**
 * Writes this process makes through the ORM clear the cache the moment they commit. The
 * notification from the database follows a moment later over another connection; a caller that
 * wrote and reads again at once must not get the answer from before.
 */
function clearOnOrmWrites(cache: ResponseCache): EventSubscriber {
  return {
    afterFlush: async ({ uow }: FlushEventArgs) => {
      if (uow.getChangeSets().length > 0) cache.clear();
    },
    afterTransactionCommit: async () => cache.clear(),
  };
}
