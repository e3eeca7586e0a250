import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { RunningApp } from './app.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { createLogger, type Logger } from './logger.js';
import { Metrics } from './observability/metrics.js';
import { observabilityPlugin } from './observability/observability-plugin.js';
import { createReadiness, databaseChecks } from './server/readiness.js';
import type { RequestContext } from './graphql/context.js';
import { createFormatError } from './server/format-error.js';
import { serve } from './server/serve.js';
import { statementCountPlugin } from './server/statement-count-plugin.js';
import { buildSubgraph } from './subgraphs/subgraph.js';
import { SUBGRAPHS } from './subgraphs/index.js';
import { setMaxPageSize } from './graphql/connection.js';
import { compiledSchemaGateway } from './gateway/compiled-schema-gateway.js';
import { stringifyResult } from './sql-json/data-text.js';
import { sqlJsonIfEnabled } from './sql-json/sql-json-gateway.js';
import { setIndicatorThresholds } from './analytics/indicator-thresholds.js';

export class UnknownSubgraphError extends Error {}

/**
 * One subgraph served alone, as a Federation 2 router expects it: its own schema over HTTP,
 * with `_entities` and `_service`, on the same database and HTTP layer (keys, limits on the
 * body, statement counts) as the gateway. The database is migrated by whoever starts first;
 * seeding is the gateway's job.
 */
export async function startSubgraphApp(name: string, config: Config, { logger = createLogger(config), database: lent }: { logger?: Logger; database?: Database } = {}): Promise<RunningApp> {
  const definition = SUBGRAPHS.find((s) => s.name === name);
  if (!definition) throw new UnknownSubgraphError(`no subgraph "${name}"; the subgraphs are ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  setMaxPageSize(config.MAX_PAGE_SIZE);
  setIndicatorThresholds(config.INDICATOR_THRESHOLDS);
  const database = lent ?? (await openDatabase(config));
  const metrics = new Metrics({ service: `subgraph-${name}` });
  metrics.watchPool(database.orm);
  const readiness = createReadiness(databaseChecks(database), config.DB_CONNECT_TIMEOUT_MS);
  try {
    const httpServer = createServer();
    const apollo = new ApolloServer<RequestContext>({
      // Executed compiled, as the in-process gateway executes its subgraphs.
      gateway: sqlJsonIfEnabled(compiledSchemaGateway(await buildSubgraph(definition)), database, config, logger),
      formatError: createFormatError(config.NODE_ENV === 'production'),
      stringifyResult,
      csrfPrevention: true,
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
        ...(config.NODE_ENV === 'production' ? [] : [statementCountPlugin]),
        observabilityPlugin(metrics, logger.child({ subgraph: name })),
      ],
    });
    return await serve(apollo, httpServer, database, config, { metrics, readiness, ownsDatabase: !lent });
  } catch (error) {
    if (!lent) await database.close();
    throw error;
  }
}
