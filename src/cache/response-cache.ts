import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { ChangeFeed } from '../db/change-feed.js';
import type { RequestContext } from '../graphql/context.js';

export interface ResponseCacheSettings {
  /** Most bytes of serialized answers kept; the least recently used go first. */
  maxBytes: number;
  /** Longest an answer is kept, in seconds, should a write ever go unheard. */
  ttlSeconds: number;
}

/**
 * Whole answers to anonymous queries, kept in memory until any write commits.
 *
 * - Only requests without an Authorization header are read from or stored in the cache; answers
 *   with errors and mutations never are.
 * - Every committed write, by this process or any other (the import CLI, SQL by hand), reaches
 *   the change feed through the tables' triggers and clears the cache. A mutation served here
 *   clears it too before its answer goes out, so its caller never reads an older answer.
 * - A request keeps its answer only if no write was heard between its start and its end:
 *   otherwise it may have read data from before the write.
 * - While the feed cannot hear writes (its connection dropped), nothing is read or stored.
 *
 * Cache hint: every query's answer is PUBLIC, kept up to the TTL. All data the graph serves is
 * published report data that only a write changes. The protected fields (src/auth/field-rules.ts)
 * need no hint of their own: the public reads them as null with a FORBIDDEN error, and answers
 * with errors are never stored.
 */
export class ResponseCache {
  private readonly store: InMemoryLRUCache<string>;
  private generation = 0;
  private readonly startedAt = new WeakMap<RequestContext, number>();
  /** Answers served from the cache and answers stored, since start; for tests and logs. */
  readonly stats = { hits: 0, stores: 0, clears: 0 };

  constructor(
    private readonly feed: ChangeFeed,
    private readonly settings: ResponseCacheSettings,
  ) {
    const stats = this.stats;
    this.store = new (class extends InMemoryLRUCache<string> {
      override set(...args: Parameters<InMemoryLRUCache<string>['set']>) {
        stats.stores += 1;
        return super.set(...args);
      }
    })({ maxSize: settings.maxBytes });
    feed.on('change', () => this.clear());
    feed.on('down', () => this.clear());
    feed.on('up', () => this.clear());
  }

  clear(): void {
    this.generation += 1;
    this.stats.clears += 1;
    this.store.clear();
  }

  plugins(): ApolloServerPlugin<RequestContext>[] {
    const cacheable = (request: GraphQLRequestContext<RequestContext>) =>
      this.feed.live && !request.request.http?.headers.has('authorization') && request.contextValue.viewer.role === 'anonymous';
    const cache = this;
    const bookkeeping: ApolloServerPlugin<RequestContext> = {
      async requestDidStart({ contextValue }) {
        cache.startedAt.set(contextValue, cache.generation);
        return {
          async didResolveOperation(request) {
            if (request.operation?.operation === 'query') request.overallCachePolicy.restrict({ maxAge: cache.settings.ttlSeconds, scope: 'PUBLIC' });
          },
          async willSendResponse(request) {
            if (request.metrics.responseCacheHit) cache.stats.hits += 1;
            // Our own writes: cleared before the caller can ask again, without waiting for the notification.
            if (request.operation?.operation === 'mutation') cache.clear();
          },
        };
      },
    };
    return [
      // Cache hints are for this cache only: no Cache-Control header, so no proxy or browser keeps an answer a write has made stale.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      bookkeeping,
      responseCachePlugin<RequestContext>({
        cache: this.store,
        // Key-holders are never cached: no session is ever given, and shouldReadFromCache refuses them.
        sessionId: async () => null,
        shouldReadFromCache: async (request) => cacheable(request),
        shouldWriteToCache: async (request) => cacheable(request) && this.startedAt.get(request.contextValue) === this.generation,
      }),
    ];
  }
}
