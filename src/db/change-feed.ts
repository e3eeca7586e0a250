import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { EmbeddedPostgres } from './embedded-postgres.js';

/** The channel the data tables' triggers notify on (src/migrations/…_data_change_notifications.ts). */
export const DATA_CHANGED_CHANNEL = 'data_changed';

/**
 * Hears every committed write to the data tables, whichever process made it. Events:
 * `change` (a table's name) after a commit; `down` when the feed can no longer hear writes;
 * `up` once it hears them (again). While it is down, writes may go unheard: `live` is false.
 */
export interface ChangeFeed extends EventEmitter<{ change: [table: string]; down: []; up: [] }> {
  readonly live: boolean;
  close(): Promise<void>;
}

const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

/** A dedicated connection that LISTENs on a real PostgreSQL, reconnecting when it drops. */
export async function listenOnPostgres(connectionString: string): Promise<ChangeFeed> {
  const feed = new EventEmitter() as ChangeFeed & { live: boolean };
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;

  const lost = () => {
    if (feed.live) {
      feed.live = false;
      feed.emit('down');
    }
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)]);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === DATA_CHANGED_CHANNEL) feed.emit('change', message.payload ?? '');
    });
    next.on('error', () => lost());
    next.on('end', () => (client === next ? lost() : undefined));
    try {
      await next.connect();
      await next.query(`LISTEN ${DATA_CHANGED_CHANNEL}`);
    } catch {
      next.removeAllListeners('end');
      await next.end().catch(() => undefined);
      return lost();
    }
    client = next;
    attempt = 0;
    feed.live = true;
    feed.emit('up');
  };

  Object.assign(feed, {
    live: false,
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      feed.live = false;
      await last?.end().catch(() => undefined);
    },
  });
  await connect();
  return feed;
}

/** The embedded engine delivers its notifications in this process (see embedded-postgres.ts). */
export function listenOnEmbedded(embedded: EmbeddedPostgres): ChangeFeed {
  const feed = new EventEmitter() as ChangeFeed & { live: boolean };
  const stop = embedded.listen(DATA_CHANGED_CHANNEL, (payload) => feed.emit('change', payload));
  Object.assign(feed, {
    live: true,
    async close() {
      feed.live = false;
      stop();
    },
  });
  return feed;
}
