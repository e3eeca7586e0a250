import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import { withStatementTally } from '../db/statement-counter.js';
import { createRequestContext, type RequestContext } from '../graphql/context.js';
import type { Database } from '../db/database.js';

/** Routes: GraphQL (and the Sandbox landing page) at `/`, liveness at `/health`. */
export function createHttpApp(apollo: ApolloServer<RequestContext>, database: Database): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/',
    // Every SQL statement issued while serving this request is counted against it.
    (_req, _res, next) => withStatementTally(() => next()),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createRequestContext(database.orm) }),
  );
  return app;
}
