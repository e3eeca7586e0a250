import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express } from 'express';
import { resolveViewer } from '../auth/viewer.js';
import type { Config } from '../config.js';
import { withNaiveLoaders } from '../db/loader-mode.js';
import { withStatementTally } from '../db/statement-counter.js';
import { sendAnswerBytes } from '../sql-json/answer-bytes.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import type { Database } from '../db/database.js';
import { bodyErrorHandler } from './http-errors.js';
import type { OperationQueue } from './operation-queue.js';
import { CACHE_TICKET, serveCachedAnswers } from '../cache/cached-answers.js';
import type { ResponseCache } from '../cache/response-cache.js';
import { withMetrics } from '../observability/loader-batches.js';
import type { Metrics } from '../observability/metrics.js';
import { assignRequestId, REQUEST_ID_HEADER } from '../observability/request-id.js';
import type { Readiness } from './readiness.js';
import { statisticsExportRoute } from './statistics-export-route.js';

export interface Operations {
  metrics: Metrics;
  readiness: Readiness;
  responseCache?: ResponseCache;
  /** Makes GraphQL requests take turns (operation-queue.ts). */
  queue: OperationQueue;
}

/**
 * Routes: GraphQL (and the Sandbox landing page) at `/`, liveness at `/health`, readiness at
 * `/ready` (503 with the failing checks), Prometheus metrics at `/metrics` unless METRICS is off.
 */
export function createHttpApp(apollo: ApolloServer<RequestContext>, database: Database, config: Config, { metrics, readiness, responseCache, queue }: Operations): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag. GraphQL answers come from POSTs nobody revalidates; a dashboard is half a megabyte to hash.
  app.disable('etag');
  app.use(assignRequestId);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const { ready, checks } = await readiness.report();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });
  if (config.METRICS) {
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  app.use(statisticsExportRoute(database));
  app.use(
    '/',
    // Every SQL statement and loader batch issued while serving this request is counted against it.
    (_req, _res, next) => withMetrics(metrics, () => withStatementTally(() => (config.LOADER_BATCHING ? next() : withNaiveLoaders(next)))),
    cors({
      // Only listed origins get CORS headers; any other browser origin cannot read the answers.
      origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', REQUEST_ID_HEADER],
      exposedHeaders: [REQUEST_ID_HEADER],
      maxAge: 600,
    }),
    express.json({ limit: config.BODY_LIMIT_BYTES }),
    ...(responseCache ? [serveCachedAnswers(responseCache)] : []),
    queue.handler,
    sendAnswerBytes(),
    expressMiddleware(apollo, {
      // The key is checked once per request, before any resolver runs; a bad one refuses the request with 401.
      context: async ({ req, res }) => ({
        ...createRequestContext(database.orm, await resolveViewer(database.orm.em.fork(), req.headers.authorization)),
        cacheTicket: res.locals[CACHE_TICKET],
        requestId: res.locals.requestId as string,
        authorization: req.headers.authorization,
      }),
    }),
  );
  app.use(bodyErrorHandler(config.BODY_LIMIT_BYTES));
  return app;
}
