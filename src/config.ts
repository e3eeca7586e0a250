import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { IndicatorThresholdsSetting } from './analytics/indicator-thresholds.js';

/**
 * Everything the gateway reads from the environment. Each default is what a newcomer's
 * `npm start` needs; production deployments override them.
 */
const ConfigSchema = z.object({
  /** HTTP port of the gateway. Default 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to bind. Default 127.0.0.1; containers set 0.0.0.0. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** `production` masks errors and turns the Sandbox landing page off. Default development. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** A real PostgreSQL (postgresql://user:pass@host:port/db). Unset: use the embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgresql://')
    .optional(),
  /** Folder of the embedded database's files, used when DATABASE_URL is unset. Default `.data`. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** A dump of an embedded database (gzipped tarball) that an in-memory DATA_DIR starts from instead of an empty one. Unset by default; the tests use a migrated and seeded one, so each test server starts in about a second. */
  DATA_TEMPLATE: z.string().min(1).optional(),
  /** Connection pool size towards PostgreSQL. Default 10. */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Load the reports in `seeds/` when the database holds no report yet. Default true. */
  SEED_ON_START: z.stringbool().default(true),
  /** pino log level. Default info. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long SIGTERM waits for in-flight requests before closing anyway, in ms. Default 10000. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Most GraphQL operations executing at once; the next wait their turn (answers from the response cache never wait). More than one per core only holds more memory: on 2 cores, 2 served 10 dashboard clients 20 % faster than 100 did, in 30 % less memory. Default: the number of cores. */
  MAX_CONCURRENT_OPERATIONS: z.coerce.number().int().min(1).default(availableParallelism()),
  /** Most operations waiting for a turn; beyond it the server answers 503 SERVER_BUSY at once. Default 200. */
  MAX_QUEUED_OPERATIONS: z.coerce.number().int().min(0).default(200),
  /** Longest wait for a database connection (connect or pool checkout), in ms; past it a request fails with DATABASE_UNAVAILABLE instead of hanging. Default 3000. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  /** `json` (one JSON object per line) or `pretty` (coloured, for people). Default: pretty when NODE_ENV is development, else json. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** Serve Prometheus metrics at /metrics. Default true; keep the port off the public network, or turn it off. */
  METRICS: z.stringbool().default(true),

  // Split mode (README "Operations"): the gateway calls subgraphs over HTTP instead of in process.

  /** Subgraph URLs, `name=url` comma-separated, one per subgraph (directory, reports, requests, pilots). Unset (default): all subgraphs run inside the gateway. */
  SUBGRAPH_URLS: z
    .string()
    .optional()
    .transform((list, ctx) => (list === undefined || list.trim() === '' ? undefined : parseNamedList(list, ctx, 'SUBGRAPH_URLS', parseHttpUrl))),
  /** How long the gateway waits for one subgraph answer, in ms. Default 5000. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(1).default(5000),
  /** Per-subgraph overrides of SUBGRAPH_TIMEOUT_MS, `name=ms` comma-separated (e.g. `reports=10000`). Default none. */
  SUBGRAPH_TIMEOUTS_MS: z
    .string()
    .default('')
    .transform((list, ctx) => parseNamedList(list, ctx, 'SUBGRAPH_TIMEOUTS_MS', parsePositiveInteger)),
  /** Extra attempts for a subgraph fetch of a query that failed to connect, timed out or got HTTP 5xx. Mutations are never retried. Default 1. */
  SUBGRAPH_QUERY_RETRIES: z.coerce.number().int().min(0).max(5).default(1),

  /** Benchmark switch: `false` resolves every list and reference with a SELECT per row (the naive resolver `npm run bench` compares against). Default true; never turn it off in service. */
  LOADER_BATCHING: z.stringbool().default(true),
  /** Keep whole answers to anonymous queries in memory until a write commits (README "Response cache"). Default true. */
  RESPONSE_CACHE: z.stringbool().default(true),
  /** Most memory the response cache's answers take, in MB (serialized size); the least recently used go first. Default 64. */
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).default(64),
  /** Longest an answer stays in the response cache, in seconds; writes clear it earlier. Default 300. */
  RESPONSE_CACHE_TTL_S: z.coerce.number().int().min(1).default(300),

  // Access control and limits (README "Access control and limits"). The defaults let every
  // operation in examples/ through with room to spare and refuse anything far beyond them.

  /** Deepest nesting of fields an operation may select; fragments count as their fields. Default 12. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  /** Highest cost of an operation: 1 per field, a connection's selection times its page size. Default 20000. */
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(20_000),
  /** Most aliases in one operation, so one request cannot ask for the same field hundreds of times. Default 15. */
  MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  /** Most directives (@include, @skip, ...) in one operation. Default 20. */
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  /** Most lexical tokens in a document, counted while parsing so a huge document is never built. Default 1000. */
  MAX_TOKENS: z.coerce.number().int().min(1).default(1000),
  /** Longest document in characters, comments included. Default 15000. */
  MAX_DOCUMENT_CHARS: z.coerce.number().int().min(1).default(15_000),
  /** Largest `first` any connection accepts; a larger one is refused with PAGE_SIZE_LIMIT_EXCEEDED. Default 100. */
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  /** Largest request body in bytes; larger ones get HTTP 413. Default 1048576 (1 MiB). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1).default(1_048_576),
  /** How long one operation may execute, in ms, before it is answered with EXECUTION_TIMEOUT. Default 10000. */
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  /** Browser origins allowed to call the API cross-origin, comma-separated; `*` for any. Default none. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean)),
  /** A persisted-query manifest (JSON); when set, only the operations it lists run. Default unset: any operation. */
  TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  /** Answer introspection queries. Default: on, except when NODE_ENV is production. */
  INTROSPECTION: z.stringbool().optional(),
  /** Serve the Apollo Sandbox page to browsers. Default: on, except when NODE_ENV is production. */
  SANDBOX: z.stringbool().optional(),
  /** Red/yellow thresholds and minimum samples of the analyst indicators, as JSON keyed by rate, merged over the defaults in src/analytics/indicator-thresholds.ts. Default `{}` (the defaults). */
  INDICATOR_THRESHOLDS: IndicatorThresholdsSetting,
});

export type Config = z.infer<typeof ConfigSchema>;

/** Parses `name=value,name=value`; a malformed entry or a repeated name is reported against `setting`. */
function parseNamedList<T>(list: string, ctx: z.RefinementCtx, setting: string, parseValue: (raw: string) => T | string): Record<string, T> {
  const entries: Record<string, T> = {};
  for (const entry of list.split(',').map((part) => part.trim()).filter(Boolean)) {
    const at = entry.indexOf('=');
    const name = entry.slice(0, at).trim();
    const value = at < 0 ? '' : parseValue(entry.slice(at + 1).trim());
    if (at <= 0 || typeof value === 'string') {
      ctx.addIssue({ code: 'custom', message: `${setting} entry "${entry}" must be name=${typeof value === 'string' && value ? value : 'value'}` });
    } else if (name in entries) {
      ctx.addIssue({ code: 'custom', message: `${setting} names "${name}" twice` });
    } else {
      entries[name] = value;
    }
  }
  return entries;
}

function parseHttpUrl(raw: string): URL | string {
  return /^https?:\/\/[^/]/.test(raw) && URL.canParse(raw) ? new URL(raw) : 'an http(s):// URL';
}

function parsePositiveInteger(raw: string): number | string {
  return /^[1-9][0-9]*$/.test(raw) ? Number(raw) : 'a whole number of milliseconds';
}


export class ConfigError extends Error {}

/** Reads and validates the configuration; a bad value stops start-up with a message naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

/** Whether introspection and the Sandbox page are on: as configured, else off in production only. */
export function developerTools(config: Config): { introspection: boolean; sandbox: boolean } {
  const development = config.NODE_ENV !== 'production';
  return { introspection: config.INTROSPECTION ?? development, sandbox: config.SANDBOX ?? development };
}

/** Names of every setting, for tools that check deployment files against this schema. */
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as (keyof Config)[];
