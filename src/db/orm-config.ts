import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { CountingLogger } from './statement-counter.js';
import { MIGRATIONS } from '../migrations/index.js';

/** Longest wait for a free pooled connection, in ms: about EXECUTION_TIMEOUT_MS's default. */
const POOL_WAIT_MS = 10_000;

export interface OrmSettings {
  clientUrl: string;
  poolMax: number;
  logQueries: boolean;
  /** Longest wait to connect or to get a pooled connection (DB_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
}

export function ormConfig({ clientUrl, poolMax, logQueries, connectTimeoutMs = 3000 }: OrmSettings) {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    // While the database is down, a connect fails within the timeout (at once when refused) and
    // fails the request waiting for it, instead of retrying for a minute (the pool's default).
    // Waiting for a busy pool is not an outage: that wait stays longer.
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: POOL_WAIT_MS, propagateCreateError: true },
    driverOptions: { acquireConnectionTimeout: POOL_WAIT_MS, connection: { connectionTimeoutMillis: connectTimeoutMs } },
    // Requests must fork; a resolver reaching for the global EntityManager is a bug, so it throws.
    allowGlobalContext: false,
    loggerFactory: (options) => new CountingLogger(options),
    debug: logQueries ? ['query', 'query-params'] : false,
    migrations: {
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      path: 'dist/src/migrations',
      pathTs: 'src/migrations',
      snapshot: false,
      silent: true,
    },
  });
}
