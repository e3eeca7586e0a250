import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgresql:// URL for MikroORM's ordinary PostgreSQL driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs PGlite in this process and serves it over the PostgreSQL wire protocol on loopback, so the
 * same driver, migrations and SQL serve the embedded and the real database alike.
 * `dataDir` null keeps the data in memory (tests); a folder keeps it across restarts.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string | null;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? undefined);
  // Port 0: the OS picks a free port, so a second instance or a local PostgreSQL never clashes.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
  await server.start();
  return {
    // PGlite ignores the user, password and database name; they are only there for the URL's shape.
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
