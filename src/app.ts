import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { createInProcessGateway } from './gateway/in-process-gateway.js';
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

export interface RunningApp {
  url: string;
  database: Database;
  httpServer: Server;
  /** The response cache, unless RESPONSE_CACHE is off. */
  responseCache?: ResponseCache | null;
  /** Stops taking requests, lets in-flight ones finish, then closes the database. */
  stop(): Promise<void>;
}

/** Starts the whole gateway in this process: database, seeds, subgraphs, gateway and HTTP. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  // A broken trusted-documents list stops the start before anything is opened.
  const trusted = config.TRUSTED_DOCUMENTS ? await loadTrustedDocuments(config.TRUSTED_DOCUMENTS) : null;
  setMaxPageSize(config.MAX_PAGE_SIZE);
  setIndicatorThresholds(config.INDICATOR_THRESHOLDS);
  const database = await openDatabase(config);
  let responseCache: Awaited<ReturnType<typeof startResponseCache>> | null = null;
  try {
    const calendarDays = await syncCalendar(database.orm.em.fork());
    const seeded = config.SEED_ON_START ? await seedIfEmpty(database.orm, fromProjectRoot('seeds')) : 0;
    // Reports checked by an older rule set (or never) are checked again before serving.
    const rechecked = await recomputeStaleFindings(database.orm.em.fork());
    logger.info({ database: database.kind, calendarDays, seeded, rechecked: rechecked.reports }, 'database ready');

    responseCache = config.RESPONSE_CACHE ? await startResponseCache(database, config) : null;
    const gateway = await createInProcessGateway(await buildSubgraphs());
    const httpServer = createServer();
    const apollo = createApolloServer(gateway, httpServer, config, trusted, responseCache?.cache.plugins());
    const running = await serve(apollo, httpServer, database, config);
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
    await database.close();
    throw error;
  }
}
