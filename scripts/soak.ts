import 'reflect-metadata';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { fromProjectRoot } from '../src/project-root.js';
import { startServerProcess } from './bench/server-process.js';

/**
 * `npm run soak`: the gateway as its own process (embedded database in memory, seeded, response
 * cache off so every request reaches the database) under SOAK_SECONDS (default 60) of
 * SOAK_CONNECTIONS (default 50) connections cycling through every operation in examples/.
 * Prints the errors (target 0: non-2xx answers, GraphQL errors, timeouts) and the server's RSS
 * after a warm-up (SOAK_WARMUP_SECONDS, default 30) and at the end, every 5 s between, and the
 * median of each half (target: flat, within 5 %). Exits 1 when any request failed.
 * DATABASE_URL, if set, is passed on: the soak then runs against that PostgreSQL.
 */
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
// Long enough for the heap to reach its working size: a 180 s soak's RSS rose for about 20 s,
// then went up and down around one level (each major GC gives memory back).
const warmUpSeconds = Number(process.env.SOAK_WARMUP_SECONDS ?? 30);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);

const examples = fromProjectRoot('examples');
const files = (await readdir(examples, { recursive: true })).filter((f) => f.endsWith('.graphql')).sort();
const bodies = await Promise.all(files.map(async (f) => JSON.stringify({ query: await readFile(join(examples, f), 'utf8') })));

const server = await startServerProcess('dist/src/main.js', await freePort(), {
  DATA_DIR: 'memory://',
  RESPONSE_CACHE: 'false',
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
try {
  const requests = bodies.map((body) => ({ method: 'POST' as const, path: '/', headers: { 'content-type': 'application/json' }, body }));
  let graphqlErrors = 0;
  // The first error of each operation, so a failing one is named rather than only counted.
  const firstErrors = new Map<string, string>();
  const load = (duration: number) =>
    autocannon({
      url: server.url,
      connections,
      duration,
      // Generous: the embedded database is one backend, so 50 connections queue behind each other.
    timeout: 30,
      requests: requests.map((r, i) => ({
        ...r,
        onResponse: (_status: number, body: string) => {
          // Top-level errors only: an operation may alias a field as `errors`.
          let failed: boolean;
          try {
            failed = (JSON.parse(body) as { errors?: unknown }).errors !== undefined;
          } catch {
            failed = true;
          }
          if (!failed) return;
          graphqlErrors++;
          if (!firstErrors.has(files[i]!)) firstErrors.set(files[i]!, body.slice(0, 300));
        },
      })),
    });
  // A warm-up: the first RSS is of a server that has compiled its plans and grown its heap.
  await load(warmUpSeconds);
  const rssStart = server.rssBytes();
  graphqlErrors = 0;
  // RSS every 5 s: a heap at its working size goes up and down around one level, a leak climbs.
  // Single readings at the start and end land anywhere on that saw, so the halves' medians are compared.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(server.rssBytes()), 5_000);
  const result = await load(seconds);
  clearInterval(sampler);
  const rssEnd = server.rssBytes();
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  console.log(`soak: ${seconds} s, ${connections} connections, ${files.length} operations in turn`);
  console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(`errors: ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors})`);
  console.log(`RSS: start ${mb(rssStart)}, end ${mb(rssEnd)} (${rssEnd >= rssStart ? '+' : ''}${(((rssEnd - rssStart) / rssStart) * 100).toFixed(1)} %)`);
  const half = Math.floor(samples.length / 2);
  const [first, second] = [median(samples.slice(0, half)), median(samples.slice(half))];
  console.log(`RSS every 5 s: ${samples.map((bytes) => (bytes / 1024 / 1024).toFixed(0)).join(', ')} MB`);
  console.log(`RSS median, first half ${mb(first)}, second half ${mb(second)} (${second >= first ? '+' : ''}${(((second - first) / first) * 100).toFixed(1)} %; flat: within 5 %)`);
  for (const [file, body] of firstErrors) console.log(`first error of ${file}: ${body}`);
  process.exitCode = errors === 0 ? 0 : 1;
} finally {
  await server.stop();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
