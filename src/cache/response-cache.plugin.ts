import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { RequestContext } from '../graphql/context.js';
import { answerBody } from '../sql-json/data-text.js';
import type { ResponseCache } from './response-cache.js';

/**
 * Stores the answers the cache may keep, and clears it on this server's own mutations.
 *
 * Cache hint: every query's answer is PUBLIC, kept up to the TTL. All data the graph serves is
 * published report data that only a write changes. The protected fields (src/auth/field-rules.ts)
 * need no hint of their own: the public reads them as null with a FORBIDDEN error, and answers
 * with errors are never stored. A field or type given a shorter hint (maxAge 0) keeps its answers
 * out of the cache.
 */
export function responseCachePlugins(cache: ResponseCache): ApolloServerPlugin<RequestContext>[] {
  const store: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          if (request.operation?.operation === 'query') request.overallCachePolicy.restrict({ maxAge: cache.settings.ttlSeconds, scope: 'PUBLIC' });
        },
        async willSendResponse(request) {
          // Our own writes: cleared before the caller can ask again, without waiting for the notification.
          if (request.operation?.operation === 'mutation') return cache.clear();
          const { cacheTicket, viewer } = request.contextValue;
          const { body } = request.response;
          if (!cacheTicket || viewer.role !== 'anonymous' || request.operation?.operation !== 'query') return;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          const policy = request.overallCachePolicy.policyIfCacheable();
          if (!policy || policy.scope !== 'PUBLIC') return;
          // The same bytes Apollo sends: data, then extensions if any, and a newline.
          const { data, extensions } = body.singleResult;
          cache.remember(cacheTicket, answerBody(extensions ? { data, extensions } : { data }), policy.maxAge);
        },
      };
    },
  };
  // Cache hints are for this cache only: no Cache-Control header, so no proxy or browser keeps an answer a write has made stale.
  return [ApolloServerPluginCacheControl({ calculateHttpHeaders: false }), store];
}
