import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { createInProcessGateway } from './gateway/in-process-gateway.js';
import { sqlJsonIfEnabled } from './sql-json/sql-json-gateway.js';
import { recomputeStaleFindings } from './findings/recompute-findings.js';
import { seedIfEmpty } from './importer/seed-database.js';
import type { Logger } from './logger.js';
import { fromProjectRoot } from './project-root.js';
import { createApolloServer } from './server/apollo.js';
import { serve } from './server/serve.js';
import { loadTrustedDocuments } from './server/trusted-documents.js';
import { buildSubgraphs } from './subgraphs/index.js';
import { syncCalendar } from './subgraphs/requests/sync-calendar.js';
import { setMaxPageSize } from './graphql/connection.js';
import { setIndicatorThresholds } from './analytics/indicator-thresholds.js';
import type { ResponseCache } from './cache/response-cache.js';
import { startResponseCache } from './cache/start-response-cache.js';
import { responseCachePlugins } from './cache/response-cache.plugin.js';
import { createRemoteGateway, subgraphSettings } from './gateway/remote-gateway.js';
import { Metrics } from './observability/metrics.js';
import { observabilityPlugin } from './observability/observability-plugin.js';
import { createReadiness, databaseChecks, subgraphCheck } from './server/readiness.js';

export interface RunningApp {
  url: string;
  database: Database;
  httpServer: Server;
  /** GraphQL requests executing and waiting for a turn (src/server/operation-queue.ts). */
  operations(): { executing: number; waiting: number };
  /** The response cache, unless RESPONSE_CACHE is off. */
  responseCache?: ResponseCache | null;
  /** This app's Prometheus metrics (served at /metrics). */
  metrics: Metrics;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
  stop(): Promise<void>;
}

/**
 * Starts the gateway: database, seeds, gateway and HTTP, with the subgraphs in this process, or,
 * when SUBGRAPH_URLS is set, behind their own servers (split mode). `database` lends an open
 * database (tests), which stopping leaves open.
 */
export async function startApp(config: Config, logger: Logger, { database: lent }: { database?: Database } = {}): Promise<RunningApp> {
  // A broken trusted-documents list or a missing subgraph URL stops the start before anything is opened.
  const trusted = config.TRUSTED_DOCUMENTS ? await loadTrustedDocuments(config.TRUSTED_DOCUMENTS) : null;
  const split = config.SUBGRAPH_URLS ? subgraphSettings(config) : null;
  setMaxPageSize(config.MAX_PAGE_SIZE);
  setIndicatorThresholds(config.INDICATOR_THRESHOLDS);
  const database = lent ?? (await openDatabase(config));
  let responseCache: Awaited<ReturnType<typeof startResponseCache>> | null = null;
  try {
    const calendarDays = await syncCalendar(database.orm.em.fork());
    const seeded = config.SEED_ON_START ? await seedIfEmpty(database.orm, fromProjectRoot('seeds')) : 0;
    // Reports checked by an older rule set (or never) are checked again before serving.
    const rechecked = await recomputeStaleFindings(database.orm.em.fork());
    logger.info({ database: database.kind, calendarDays, seeded, rechecked: rechecked.reports, subgraphs: split ? 'split' : 'in process' }, 'database ready');

    responseCache = config.RESPONSE_CACHE ? await startResponseCache(database, config) : null;
    const metrics = new Metrics({ service: 'gateway' });
    metrics.watchPool(database.orm);
    const gateway = split
      ? await createRemoteGateway(split, metrics)
      : sqlJsonIfEnabled(await createInProcessGateway(await buildSubgraphs()), database, config, logger);
    const readiness = createReadiness(
      [...databaseChecks(database), ...(split ?? []).map((s) => subgraphCheck(s.name, s.url, s.timeoutMs))],
      config.DB_CONNECT_TIMEOUT_MS,
    );
    const httpServer = createServer();
    const plugins = [observabilityPlugin(metrics, logger), ...(responseCache ? responseCachePlugins(responseCache.cache) : [])];
    const apollo = createApolloServer(gateway, httpServer, config, trusted, plugins);
    const running = await serve(apollo, httpServer, database, config, { metrics, readiness, responseCache: responseCache?.cache, ownsDatabase: !lent });
    const feed = responseCache?.feed;
    return {
      ...running,
      responseCache: responseCache?.cache ?? null,
      async stop() {
        await feed?.close();
        await running.stop();
      },
    };
  } catch (error) {
    await responseCache?.feed.close();
    if (!lent) await database.close();
    throw error;
  }
}
