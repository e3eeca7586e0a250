import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** The header that carries a request's id: accepted from the caller, sent back, and passed on to subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An id from outside is kept if it is short and plain, so it can be logged and grepped safely. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every HTTP request an id: the caller's (a proxy's, or the gateway's when this is a
 * subgraph) if acceptable, else a new UUID. It is in `res.locals.requestId` and the response.
 */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const offered = req.headers[REQUEST_ID_HEADER];
  const requestId = typeof offered === 'string' && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  next();
};
