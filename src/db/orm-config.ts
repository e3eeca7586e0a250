import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities.js';
import { CountingLogger } from './statement-counter.js';
import { MIGRATIONS } from '../migrations/index.js';

export interface OrmSettings {
  clientUrl: string;
  poolMax: number;
  logQueries: boolean;
}

export function ormConfig({ clientUrl, poolMax, logQueries }: OrmSettings) {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
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
