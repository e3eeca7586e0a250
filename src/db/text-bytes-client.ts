import postgres from 'postgres';
import { PreparedBudget } from './prepared-budget.js';

/**
 * A second, small pool on the real PostgreSQL for statements whose answer is one text value that
 * is sent on as it is: the JSON a compiled operation builds (src/sql-json/). node-postgres decodes
 * every text value into a JavaScript string; for half a megabyte of dashboard, that decode, the
 * string's garbage and its encoding back into the response took more of the gateway's CPU than
 * the rest of the request. postgres.js hands over the value's bytes.
 */
export interface TextBytesClient {
  /** The first column of the first row, as the bytes the server sent; null when the value is NULL or there is no row. */
  firstValue(sql: string, params: readonly unknown[]): Promise<Buffer | null>;
  close(): Promise<void>;
}

export interface TextBytesSettings {
  url: string;
  /** Connections at most: the operations that may run at once (MAX_CONCURRENT_OPERATIONS). */
  max: number;
  connectTimeoutMs: number;
  /**
   * Told of every statement run, as MikroORM's logger is of the main pool's (openDatabase passes
   * that logger: it counts the statement in the request's tally and logs it at LOG_LEVEL=trace).
   */
  report(statement: { query: string; params: readonly unknown[]; took: number }): void;
}

/**
 * A connection lives this long at most. Statements are prepared per connection and forgotten
 * with it, so this is also how long a statement the budget has let go can still be held.
 */
const CONNECTION_LIFETIME_S = 10 * 60;
/** Idle connections close after this, as the main pool's do. */
const IDLE_TIMEOUT_S = 30;

/**
 * Opens the pool (connections are made on first use). Statements use PostgreSQL's `$1`
 * placeholders. A statement is prepared (the server then skips parsing and planning on its later
 * runs) while the budget allows; clients that send ever new operations then cannot grow the
 * server's memory without bound.
 */
export function openTextBytesClient(settings: TextBytesSettings): TextBytesClient {
  const sql = postgres(settings.url, {
    max: settings.max,
    connect_timeout: Math.max(1, Math.ceil(settings.connectTimeoutMs / 1000)),
    idle_timeout: IDLE_TIMEOUT_S,
    max_lifetime: CONNECTION_LIFETIME_S,
    // While the database is away, a statement fails at once and the resolvers answer DATABASE_UNAVAILABLE,
    // instead of waiting out postgres.js's reconnect delay, which grows to 20 s.
    backoff: () => 0,
    // The array types are looked up for typed array parameters only; compiled statements have none.
    fetch_types: false,
    onnotice: () => {},
    connection: { application_name: 'disclosure-gateway sql-json' },
  });
  const budget = new PreparedBudget({ windowMs: CONNECTION_LIFETIME_S * 1000 });
  return {
    async firstValue(text, params) {
      const started = performance.now();
      // Without parameters postgres.js sends a simple query, which is never prepared, unless told `simple: false`: an
      // option its unsafe() reads but its types leave out (test/db/text-bytes-client.test.ts checks it holds).
      const options = { prepare: budget.admit(text), simple: false } as postgres.UnsafeQueryOptions;
      try {
        const rows = await sql.unsafe(text, params as never[], options).raw();
        return (rows[0]?.[0] as Buffer | null | undefined) ?? null;
      } finally {
        settings.report({ query: text, params, took: Math.round(performance.now() - started) });
      }
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
