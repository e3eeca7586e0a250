import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgresql:// URL for MikroORM's ordinary PostgreSQL driver. */
  url: string;
  /** The whole database as a gzipped tarball, which `template` can start another one from. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * Runs PGlite in this process and serves it over the PostgreSQL wire protocol on loopback, so the
 * same driver, migrations and SQL serve the embedded and the real database alike.
 * `dataDir` null keeps the data in memory (tests); a folder keeps it across restarts. A
 * `template` (a dump) gives a new in-memory database that data from the start.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string | null;
  maxConnections: number;
  template?: Blob | null;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? undefined, options.template ? { loadDataDir: options.template } : undefined);
  // Port 0: the OS picks a free port, so a second instance or a local PostgreSQL never clashes.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
  await server.start();
  return {
    // PGlite ignores the user, password and database name; they are only there for the URL's shape.
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    dump: () => db.dumpDataDir('gzip'),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
