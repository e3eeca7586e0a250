import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, developerTools, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('gives a newcomer a working default for everything', () => {
    expect(loadConfig({})).toEqual({
      PORT: 4000,
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      DATA_DIR: '.data',
      DB_POOL_MAX: 10,
      INDICATOR_THRESHOLDS: {
        SUBSTANTIVE_DISCLOSURE_RATE: { red: 0.3, yellow: 0.5, minSample: 10, higherIsBetter: true },
        ON_TIME_RATE: { red: 0.9, yellow: 0.98, minSample: 10, higherIsBetter: true },
        APPEAL_CORRECTION_RATE: { red: 0.2, yellow: 0.1, minSample: 5, higherIsBetter: false },
        WEBSITE_SHARE: { red: 0.3, yellow: 0.5, minSample: 100, higherIsBetter: true },
        ...Object.fromEntries(['GAZETTE_SHARE', 'WEIBO_SHARE', 'WECHAT_SHARE', 'OTHER_CHANNEL_SHARE'].map((rate) => [rate, { red: null, yellow: null, minSample: 100, higherIsBetter: true }])),
      },
      RESPONSE_CACHE: true,
      RESPONSE_CACHE_MAX_MB: 64,
      RESPONSE_CACHE_TTL_S: 300,
      SEED_ON_START: true,
      LOG_LEVEL: 'info',
      SHUTDOWN_GRACE_MS: 10_000,
      MAX_CONCURRENT_OPERATIONS: availableParallelism(),
      MAX_QUEUED_OPERATIONS: 200,
      MAX_QUERY_DEPTH: 12,
      MAX_QUERY_COST: 20_000,
      MAX_ALIASES: 15,
      MAX_DIRECTIVES: 20,
      MAX_TOKENS: 1000,
      MAX_DOCUMENT_CHARS: 15_000,
      MAX_PAGE_SIZE: 100,
      BODY_LIMIT_BYTES: 1_048_576,
      EXECUTION_TIMEOUT_MS: 10_000,
      CORS_ORIGINS: [],
      LOADER_BATCHING: true,
      SQL_JSON: true,
      DB_CONNECT_TIMEOUT_MS: 3000,
      METRICS: true,
      SUBGRAPH_TIMEOUT_MS: 5000,
      SUBGRAPH_TIMEOUTS_MS: {},
      SUBGRAPH_QUERY_RETRIES: 1,
    });
  });

  it('reads split-mode subgraph URLs and timeouts, and names what is wrong with them', () => {
    const config = loadConfig({ SUBGRAPH_URLS: 'reports=http://10.0.0.2:4000/, pilots=https://pilots.internal/graphql', SUBGRAPH_TIMEOUTS_MS: 'reports=10000' });
    expect(Object.fromEntries(Object.entries(config.SUBGRAPH_URLS ?? {}).map(([name, url]) => [name, url.href]))).toEqual({ reports: 'http://10.0.0.2:4000/', pilots: 'https://pilots.internal/graphql' });
    expect(config.SUBGRAPH_TIMEOUTS_MS).toEqual({ reports: 10_000 });
    expect(() => loadConfig({ SUBGRAPH_URLS: 'reports=localhost:4000,reports=http://a/,pilots', SUBGRAPH_TIMEOUTS_MS: 'reports=soon' })).toThrowError(
      [
        'Invalid configuration:',
        '  SUBGRAPH_URLS: SUBGRAPH_URLS entry "reports=localhost:4000" must be name=an http(s):// URL',
        '  SUBGRAPH_URLS: SUBGRAPH_URLS entry "pilots" must be name=value',
        '  SUBGRAPH_TIMEOUTS_MS: SUBGRAPH_TIMEOUTS_MS entry "reports=soon" must be name=a whole number of milliseconds',
      ].join('\n'),
    );
  });

  it('refuses bad values, naming each setting and what is wrong with it', () => {
    const bad = { PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_ON_START: 'maybe' };
    expect(() => loadConfig(bad)).toThrowError(ConfigError);
    expect(() => loadConfig(bad)).toThrowError(
      [
        'Invalid configuration:',
        '  PORT: Invalid input: expected number, received NaN',
        '  DATABASE_URL: DATABASE_URL must start with postgresql://',
        '  SEED_ON_START: Invalid option: expected one of "true"|"1"|"yes"|"on"|"y"|"enabled"|"false"|"0"|"no"|"off"|"n"|"disabled"',
      ].join('\n'),
    );
  });
});

describe('access and limit settings', () => {
  it('read the CORS allowlist as a list, spaces and empty entries dropped', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example, ,https://b.example ' }).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('turn introspection and the Sandbox on outside production, off in it, unless set', () => {
    expect(developerTools(loadConfig({}))).toEqual({ introspection: true, sandbox: true });
    expect(developerTools(loadConfig({ NODE_ENV: 'production' }))).toEqual({ introspection: false, sandbox: false });
    expect(developerTools(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }))).toEqual({ introspection: true, sandbox: false });
    expect(developerTools(loadConfig({ SANDBOX: 'false' }))).toEqual({ introspection: true, sandbox: false });
  });

  it('refuse a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0', EXECUTION_TIMEOUT_MS: 'soon' })).toThrowError(
      ['Invalid configuration:', '  MAX_QUERY_DEPTH: Too small: expected number to be >=1', '  EXECUTION_TIMEOUT_MS: Invalid input: expected number, received NaN'].join('\n'),
    );
  });
});
