import { readFile } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm-config.js';
import { DATA_CHANGED_CHANNEL } from './change-feed.js';
import { allowNamedStatements } from './execute-bound.js';
import { openTextBytesClient, type TextBytesClient } from './text-bytes-client.js';

export interface Database {
  orm: MikroORM;
  /** Which engine serves the data: `embedded` (PGlite) or `postgresql` (DATABASE_URL). */
  kind: 'embedded' | 'postgresql';
  /** The embedded engine, when it is the one. */
  embedded: EmbeddedPostgres | null;
  /** Where its connections go: DATABASE_URL, or the embedded engine's loopback socket. Import workers open their own from it. */
  url: string;
  /**
   * On a real PostgreSQL, the pool that returns compiled operations' JSON as bytes
   * (text-bytes-client.ts). Not on the embedded engine: it serves a handful of connections from
   * one session, and the main pool has them.
   */
  textBytes: TextBytesClient | null;
  close(): Promise<void>;
}

/** Opens the configured database and brings its schema up to date with the checked-in migrations. */
export async function openDatabase(config: Config): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let clientUrl = config.DATABASE_URL;
  if (!clientUrl) {
    const inMemory = config.DATA_DIR.startsWith('memory://');
    const template = inMemory && config.DATA_TEMPLATE ? new Blob([await readFile(config.DATA_TEMPLATE)]) : null;
    embedded = await startEmbeddedPostgres({ dataDir: inMemory ? null : config.DATA_DIR, maxConnections: config.DB_POOL_MAX, template, listen: [DATA_CHANGED_CHANNEL] });
    clientUrl = embedded.url;
  }
  try {
    const orm = await MikroORM.init(ormConfig({ clientUrl, poolMax: config.DB_POOL_MAX, logQueries: config.LOG_LEVEL === 'trace', connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS }));
    await orm.getMigrator().up();
    // A DATABASE_URL may still lead to an embedded database served over a socket (tests do
    // this), whose connections share one session: only a real server gets named statements and
    // the second pool.
    const realServer = !embedded && !(await isPglite(orm));
    if (realServer) allowNamedStatements(orm.em);
    const textBytes = realServer
      ? openTextBytesClient({
          url: clientUrl,
          max: Math.min(config.DB_POOL_MAX, config.MAX_CONCURRENT_OPERATIONS),
          connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
          report: ({ query, params, took }) => orm.config.getLogger().logQuery({ query, params: [...params], took, level: 'info' }),
        })
      : null;
    return {
      orm,
      kind: embedded ? 'embedded' : 'postgresql',
      embedded: embedded ?? null,
      url: clientUrl,
      textBytes,
      async close() {
        await textBytes?.close();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function isPglite(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em.getConnection().execute<{ version: string }[]>('select version() as version');
  return row.version.includes('PGlite');
}
