import { createServer, type Socket, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ResponseCache } from '../../src/cache/response-cache.js';
import { listenOnPostgres } from '../../src/db/change-feed.js';
import { REAL_DATABASE_URL, startTestApp, type TestApp } from '../support/test-app.js';

// The listening connection drops: the cache is cleared and unused until the feed is back.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** A loopback TCP relay to the database whose open connections the test can cut. */
async function relayTo(url: URL) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(url.port), url.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const relayed = new URL(url);
  relayed.port = String(port);
  return {
    url: relayed.toString(),
    cut: () => sockets.forEach((socket) => socket.destroy()),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the change feed', () => {
  it('goes down when its connection drops, clears the cache, and comes back by itself', async () => {
    const relay = await relayTo(new URL(REAL_DATABASE_URL ?? app.database.embedded!.url));
    const feed = await listenOnPostgres(relay.url);
    const cache = new ResponseCache(feed, { maxBytes: 1024, ttlSeconds: 60 });
    const events: string[] = [];
    feed.on('down', () => events.push('down'));
    feed.on('up', () => events.push('up'));
    try {
      expect(feed.live).toBe(true);
      relay.cut();
      await vi.waitFor(() => expect(events).toEqual(['down', 'up']), { timeout: 10_000 });
      expect(feed.live).toBe(true);
      // Cleared when it went down and again when it came back: writes in between went unheard.
      expect(cache.stats.clears).toBe(2);
    } finally {
      await feed.close();
      await relay.close();
    }
  });
});
