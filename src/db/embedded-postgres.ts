import { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgresql:// URL for MikroORM's ordinary PostgreSQL driver. */
  url: string;
  /** The whole database as a gzipped tarball, which `template` can start another one from. */
  dump(): Promise<Blob>;
  /** Calls `onPayload` for each NOTIFY on `channel` (one of `listen`) committed through any socket connection; returns a stop function. */
  listen(channel: string, onPayload: (payload: string) => void): () => void;
  /** Stops serving connections (open ones are cut, their transactions rolled back) without closing the database: an outage, for tests and drills. */
  interrupt(): Promise<void>;
  /** Serves connections again on the same port after `interrupt`. */
  resume(): Promise<void>;
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
  /** Channels to LISTEN on before serving: PGlite's in-process queries wait while a socket client is attached, so it cannot be done later. */
  listen?: string[];
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? undefined, options.template ? { loadDataDir: options.template } : undefined);
  // Port 0: the OS picks a free port, so a second instance or a local PostgreSQL never clashes.
  const notifications = tapNotifications(db);
  for (const channel of options.listen ?? []) await db.exec(`LISTEN ${channel}`);
  let server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
  await server.start();
  const address = server.getServerConn();
  let serving = true;
  return {
    // PGlite ignores the user, password and database name; they are only there for the URL's shape.
    url: `postgresql://postgres:postgres@${address}/postgres`,
    dump: () => db.dumpDataDir('gzip'),
    listen(channel, onPayload) {
      if (!options.listen?.includes(channel)) throw new Error(`the embedded database was not started listening on ${channel}`);
      const relay = (heard: string, payload: string) => (heard === channel ? onPayload(payload) : undefined);
      notifications.on('notification', relay);
      return () => notifications.off('notification', relay);
    },
    async interrupt() {
      serving = false;
      await server.stop();
    },
    async resume() {
      const port = Number(address.slice(address.lastIndexOf(':') + 1));
      server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: options.maxConnections });
      await server.start();
      serving = true;
    },
    async stop() {
      if (serving) await server.stop();
      await db.close();
    },
  };
}

/**
 * PGlite is one backend: a notification committed through a socket connection comes back in that
 * connection's own protocol stream, and PGlite's listen() never sees it. This reads the
 * NotificationResponse messages ('A': length, sender pid, channel, payload) out of every stream
 * the socket server relays, without changing what the client receives.
 */
function tapNotifications(db: PGlite): EventEmitter<{ notification: [channel: string, payload: string] }> {
  const events = new EventEmitter<{ notification: [channel: string, payload: string] }>();
  const relay = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = (message, options) => {
    // Each call's output starts on a message boundary; messages may span its chunks.
    const reader = new NotificationReader((channel, payload) => events.emit('notification', channel, payload));
    return relay(message, {
      ...options,
      onRawData: (chunk) => {
        reader.read(chunk);
        options.onRawData(chunk);
      },
    });
  };
  return events;
}

/** Walks backend messages across chunks, skipping all but NotificationResponse, whose body it keeps. */
class NotificationReader {
  private header = Buffer.alloc(0);
  private remaining = 0;
  private body: Buffer[] | null = null;

  constructor(private readonly onNotification: (channel: string, payload: string) => void) {}

  read(chunk: Uint8Array): void {
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (bytes.length > 0) {
      if (this.remaining === 0) {
        const need = 5 - this.header.length;
        this.header = Buffer.concat([this.header, bytes.subarray(0, need)]);
        bytes = bytes.subarray(need);
        if (this.header.length < 5) return;
        this.remaining = this.header.readInt32BE(1) - 4;
        this.body = this.header[0] === 0x41 ? [] : null;
        this.header = Buffer.alloc(0);
        if (this.remaining <= 0) this.finish();
        continue;
      }
      const part = bytes.subarray(0, this.remaining);
      // A copy: the chunk is a view of the engine's memory, reused after this call.
      this.body?.push(Buffer.from(part));
      this.remaining -= part.length;
      bytes = bytes.subarray(part.length);
      if (this.remaining === 0) this.finish();
    }
  }

  private finish(): void {
    this.remaining = 0;
    if (!this.body) return;
    // Body: sender pid (4 bytes), channel and payload as NUL-terminated strings.
    const body = Buffer.concat(this.body).subarray(4);
    this.body = null;
    const end = body.indexOf(0);
    this.onNotification(body.subarray(0, end).toString('utf8'), body.subarray(end + 1, body.length - 1).toString('utf8'));
  }
}
