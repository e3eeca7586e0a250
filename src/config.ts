import { z } from 'zod';

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
  /** Connection pool size towards PostgreSQL. Default 10. */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Load the reports in `seeds/` when the database holds no report yet. Default true. */
  SEED_ON_START: z.stringbool().default(true),
  /** pino log level. Default info. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long SIGTERM waits for in-flight requests before closing anyway, in ms. Default 10000. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

export type Config = z.infer<typeof ConfigSchema>;

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

/** Names of every setting, for tools that check deployment files against this schema. */
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as (keyof Config)[];
