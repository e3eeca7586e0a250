import type { Database } from '../db/database.js';

/** One thing the server needs to answer: null when it is fine, else why not. */
export type ReadinessCheck = { name: string; check: () => Promise<string | null> };

export interface Readiness {
  /** Runs every check at once; ready when none gives a reason. */
  report(): Promise<{ ready: boolean; checks: Record<string, string> }>;
  /** From now on not ready: the server is draining to stop. */
  markStopping(): void;
}

export function createReadiness(checks: ReadinessCheck[], timeoutMs: number): Readiness {
  let stopping = false;
  return {
    async report() {
      const results = await Promise.all(checks.map(async ({ name, check }) => [name, (await withTimeout(check(), timeoutMs).catch(describe)) ?? 'ok'] as const));
      if (stopping) results.push(['server', 'shutting down']);
      return { ready: results.every(([, result]) => result === 'ok'), checks: Object.fromEntries(results) };
    },
    markStopping() {
      stopping = true;
    },
  };
}

/** The database answers a query, and every checked-in migration has been applied to it. */
export function databaseChecks(database: Database): ReadinessCheck[] {
  return [
    {
      name: 'database',
      check: async () => {
        await database.orm.em.getConnection().execute('select 1');
        return null;
      },
    },
    {
      name: 'migrations',
      check: async () => {
        const pending = await database.orm.getMigrator().getPendingMigrations();
        return pending.length ? `${pending.length} migration(s) not applied: ${pending.map((m) => m.name).join(', ')}` : null;
      },
    },
  ];
}

/** A subgraph answers `{ __typename }` over HTTP: the smallest operation any GraphQL server runs. */
export function subgraphCheck(name: string, url: URL, timeoutMs: number): ReadinessCheck {
  return {
    name: `subgraph:${name}`,
    check: async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(timeoutMs),
      });
      return response.ok ? null : `HTTP ${response.status}`;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  const { message, code, cause } = error as { message?: string; code?: string; cause?: { code?: string; message?: string } };
  const detail = code ?? cause?.code ?? cause?.message;
  return `unavailable: ${message ?? String(error)}${detail && !message?.includes(detail) ? ` (${detail})` : ''}`;
}
