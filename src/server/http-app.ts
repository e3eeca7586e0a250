import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express } from 'express';
import { resolveViewer } from '../auth/viewer.js';
import type { Config } from '../config.js';
import { withNaiveLoaders } from '../db/loader-mode.js';
import { withStatementTally } from '../db/statement-counter.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import type { Database } from '../db/database.js';
import { bodyErrorHandler } from './http-errors.js';
import { statisticsExportRoute } from './statistics-export-route.js';

/** Routes: GraphQL (and the Sandbox landing page) at `/`, liveness at `/health`. */
export function createHttpApp(apollo: ApolloServer<RequestContext>, database: Database, config: Config): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(statisticsExportRoute(database));
  app.use(
    '/',
    // Every SQL statement issued while serving this request is counted against it.
    (_req, _res, next) => withStatementTally(() => (config.LOADER_BATCHING ? next() : withNaiveLoaders(next))),
    cors({
      // Only listed origins get CORS headers; any other browser origin cannot read the answers.
      origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    }),
    express.json({ limit: config.BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, {
      // The key is checked once per request, before any resolver runs; a bad one refuses the request with 401.
      context: async ({ req }) => createRequestContext(database.orm, await resolveViewer(database.orm.em.fork(), req.headers.authorization)),
    }),
  );
  app.use(bodyErrorHandler(config.BODY_LIMIT_BYTES));
  return app;
}
