/** The code a client sees when the database cannot be reached: retry later, nothing to fix in the request. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Socket errors and PostgreSQL SQLSTATEs (class 08, connection; 57P0x, shutting down or starting up) that mean "no database right now". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** Messages of the pg driver and the pool for the same, which carry no code. */
const UNAVAILABLE_MESSAGE = /Connection terminated|Timeout acquiring a connection|Client has encountered a connection error|Connection is closed|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether `error`, or any error it wraps (GraphQL's originalError, the gateway's downstream
 * wrapping, a `cause`), says the database could not be reached, as opposed to a query it
 * rejected.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return false;
}
