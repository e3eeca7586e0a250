import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ChangeFeed } from '../db/change-feed.js';

export interface ResponseCacheSettings {
  /** Most bytes of serialized answers kept; the least recently used go first. */
  maxBytes: number;
  /** Longest an answer is kept, in seconds, should a write ever go unheard. */
  ttlSeconds: number;
}

/** What a request that may be answered from the cache carries from its start to its answer. */
export interface CacheTicket {
  key: string;
  /** The cache's generation when the request started: a write heard since voids the answer. */
  generation: number;
}

/**
 * Whole answers to anonymous queries, kept as the bytes that went out, until a write commits.
 *
 * - The key is the request body as sent (query, operation name, variables, extensions): a repeat
 *   of a body that passed every check before (limits, trusted documents) gets the same answer
 *   without parsing, planning, executing or serializing anything (cached-answers.ts).
 * - Only requests without an Authorization header are read from or stored in the cache; answers
 *   with errors and mutations never are (response-cache.plugin.ts).
 * - Every committed write, by this process or any other (the import CLI, SQL by hand), reaches
 *   the change feed through the tables' triggers and clears the cache. A mutation served here
 *   clears it too before its answer goes out, so its caller never reads an older answer.
 * - A request keeps its answer only if no write was heard between its start and its end:
 *   otherwise it may have read data from before the write.
 * - While the feed cannot hear writes (its connection dropped), nothing is read or stored.
 */
export class ResponseCache {
  private readonly store: LRUCache<string, Buffer>;
  private generation = 0;
  /** Answers served from the cache and answers stored, since start; for tests and logs. */
  readonly stats = { hits: 0, stores: 0, clears: 0 };

  constructor(
    private readonly feed: ChangeFeed,
    readonly settings: ResponseCacheSettings,
  ) {
    this.store = new LRUCache<string, Buffer>({
      maxSize: settings.maxBytes,
      sizeCalculation: (body) => body.length,
      ttl: settings.ttlSeconds * 1000,
    });
    feed.on('change', () => this.clear());
    feed.on('down', () => this.clear());
    feed.on('up', () => this.clear());
  }

  clear(): void {
    this.generation += 1;
    this.stats.clears += 1;
    this.store.clear();
  }

  /** A ticket for a request body, or null while writes cannot be heard. */
  ticket(body: unknown): CacheTicket | null {
    if (!this.feed.live) return null;
    const key = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
    return { key, generation: this.generation };
  }

  /** The stored answer for a ticket, if any. */
  lookup(ticket: CacheTicket): Buffer | undefined {
    const body = this.store.get(ticket.key);
    if (body !== undefined) this.stats.hits += 1;
    return body;
  }

  /** Keeps an answer, unless a write was heard since its request started. */
  remember(ticket: CacheTicket, body: string | Buffer, maxAgeSeconds: number): void {
    if (ticket.generation !== this.generation || !this.feed.live) return;
    this.stats.stores += 1;
    // Encoded once here rather than at every hit.
    this.store.set(ticket.key, Buffer.isBuffer(body) ? body : Buffer.from(body), { ttl: Math.min(maxAgeSeconds, this.settings.ttlSeconds) * 1000 });
  }
}
