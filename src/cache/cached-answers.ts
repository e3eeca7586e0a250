import type { RequestHandler } from 'express';
import type { ResponseCache } from './response-cache.js';

/** Where the request's ticket waits for the context builder (src/server/http-app.ts). */
export const CACHE_TICKET = 'responseCacheTicket';

/**
 * Answers a repeated anonymous query from the response cache before GraphQL sees it, and gives
 * every other cacheable request a ticket to store its answer with. Only JSON POSTs qualify: they
 * are the requests Apollo's CSRF prevention lets through without further headers.
 */
export function serveCachedAnswers(cache: ResponseCache): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (req.method !== 'POST' || req.headers.authorization || !req.is('application/json') || !body || typeof body !== 'object' || Array.isArray(body)) return next();
    const ticket = cache.ticket([body.query, body.operationName, body.variables, body.extensions]);
    if (!ticket) return next();
    const answer = cache.lookup(ticket);
    if (answer !== undefined) {
      // Straight to the socket: express's send would hash the whole body for an ETag at every hit.
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length });
      res.end(answer);
      return;
    }
    res.locals[CACHE_TICKET] = ticket;
    next();
  };
}
