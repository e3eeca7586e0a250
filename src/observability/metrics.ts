import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Bucket bounds, chosen from what this service does:
 * - request latency (s): cached answers take about a millisecond, the example operations tens of
 *   milliseconds, and EXECUTION_TIMEOUT_MS stops anything past 10 s;
 * - SQL statements per request: a query's count depends on its shape (about 1–40), never on
 *   list sizes, so a request in the top buckets means a loader was bypassed;
 * - loader batch size: keys per batch, up to MAX_PAGE_SIZE (100) times a few nested lists;
 * - subgraph fetch latency (s): as request latency, one hop lower.
 */
const LATENCY_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0, 1, 2, 5, 10, 20, 40, 80, 160];
const BATCH_SIZE_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** Operation names seen by one process at most; names past it count as `other`, so a client inventing names cannot grow the registry. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;

/**
 * One process's (one app's) Prometheus metrics. Each app gets its own registry rather than
 * prom-client's global one, so tests that start several apps in one process count each apart.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (ok: no errors).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly sqlStatements = new Histogram({
    name: 'graphql_request_sql_statements',
    help: 'SQL statements one GraphQL request cost.',
    buckets: STATEMENT_BUCKETS,
    registers: [this.registry],
  });

  readonly loaderBatchSize = new Histogram({
    name: 'dataloader_batch_size',
    help: 'Keys per DataLoader batch (one SQL statement each when batching works).',
    buckets: BATCH_SIZE_BUCKETS,
    registers: [this.registry],
  });

  readonly subgraphFetchDuration = new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Split mode: time of each HTTP fetch from the gateway to a subgraph, by subgraph and outcome (ok, error, timeout).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });

  constructor(options: { service: string }) {
    this.registry.setDefaultLabels({ service: options.service });
    // Process metrics (RSS, heap, event-loop lag, CPU), prefixed as prom-client does by default.
    collectDefaultMetrics({ register: this.registry });
  }

  /** Database-pool gauges, read from the pool each time /metrics is scraped. */
  watchPool(orm: MikroORM): void {
    const pool = () => poolOf(orm);
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database connections of the pool, by state: used (checked out), free (idle), pending (requests waiting for one).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const current = pool();
        this.set({ state: 'used' }, current?.numUsed() ?? 0);
        this.set({ state: 'free' }, current?.numFree() ?? 0);
        this.set({ state: 'pending' }, current?.numPendingAcquires() ?? 0);
      },
    });
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'Most connections the pool opens (DB_POOL_MAX).',
      registers: [this.registry],
      collect() {
        this.set(pool()?.max ?? 0);
      },
    });
  }

  /** The label for an operation name: itself if it is a plain name and the set is not full, else `anonymous` or `other`. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

/** The pool MikroORM's query builder runs on (knex's tarn pool), or null before it connects. */
interface ConnectionPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

function poolOf(orm: MikroORM): ConnectionPool | null {
  const knex = orm.em.getConnection().getKnex() as unknown as { client?: { pool?: ConnectionPool } };
  return knex.client?.pool ?? null;
}
