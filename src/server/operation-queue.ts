import type { RequestHandler } from 'express';
import pLimit from 'p-limit';

export const SERVER_BUSY = 'SERVER_BUSY';

export interface OperationQueue {
  /** The express handler that makes requests take turns. */
  handler: RequestHandler;
  /** Requests executing now and waiting for a turn; for tests and metrics. */
  counts(): { executing: number; waiting: number };
}

/**
 * At most `concurrency` GraphQL requests execute at once; the next ones wait their turn in order,
 * and beyond `maxQueued` waiting the server answers 503 at once rather than hold more.
 *
 * Why: on a machine of a few cores, more operations side by side do not finish more work sooner,
 * they only hold more memory at once: ten provincial dashboards in flight held about 900 MB at
 * peak and answered 1.75 a second; two at a time, 650 MB and 2.15 a second (2 cores).
 * Answers from the response cache never wait: the queue stands after the cache.
 */
export function operationQueue(concurrency: number, maxQueued: number): OperationQueue {
  const limit = pLimit(concurrency);
  const handler: RequestHandler = (_req, res, next) => {
    if (limit.pendingCount >= maxQueued) {
      res.status(503).set('retry-after', '1').json({
        errors: [
          {
            message: `The server is busy: ${limit.activeCount} operations are executing and ${limit.pendingCount} are waiting. Retry shortly (the server's MAX_CONCURRENT_OPERATIONS and MAX_QUEUED_OPERATIONS).`,
            extensions: { code: SERVER_BUSY },
          },
        ],
      });
      return;
    }
    // The turn ends when the answer has gone out, or the client has gone away.
    void limit(
      () =>
        new Promise<void>((done) => {
          res.once('close', done);
          if (res.destroyed) return done();
          next();
        }),
    );
  };
  return { handler, counts: () => ({ executing: limit.activeCount, waiting: limit.pendingCount }) };
}
