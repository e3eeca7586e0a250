import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { createHiveGatewayServer } from '../../src/gateway/hive-gateway.js';
import { subgraphSettings } from '../../src/gateway/remote-gateway.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { startSubgraphApp } from '../../src/subgraph-app.js';
import { SUBGRAPHS } from '../../src/subgraphs/index.js';
import { seedIfEmpty } from '../../src/importer/seed-database.js';
import { recomputeStaleFindings } from '../../src/findings/recompute-findings.js';
import { syncCalendar } from '../../src/subgraphs/requests/sync-calendar.js';
import { postGraphQL, REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';

// Split mode in one process to spare the CPU: four subgraph servers and two routers (the Apollo
// gateway over SUBGRAPH_URLS, and Hive Gateway over the committed supergraph) on one database.
const examplesDir = fromProjectRoot('examples');
const operations = (await readdir(examplesDir, { recursive: true })).filter((f) => f.endsWith('.graphql')).sort();
const read = (file: string) => readFile(join(examplesDir, file), 'utf8');

const template = inject('dataTemplate');
const env = { DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', ...(template ? { DATA_TEMPLATE: template } : {}), PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'info', RESPONSE_CACHE: 'false' } as const;
const logLines: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (logLines.push(JSON.parse(String(chunk))), done()) }));

let database: Database;
const subgraphs = new Map<string, RunningApp>();
let gateway: RunningApp;
let hive: Server;
let hiveUrl: string;

beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  const config = loadConfig(env);
  database = await openDatabase(config);
  if (REAL_DATABASE_URL) {
    await syncCalendar(database.orm.em.fork());
    await seedIfEmpty(database.orm, fromProjectRoot('seeds'));
    await recomputeStaleFindings(database.orm.em.fork());
  }
  for (const { name } of SUBGRAPHS) subgraphs.set(name, await startSubgraphApp(name, config, { logger, database }));
  const urls = [...subgraphs].map(([name, app]) => `${name}=${app.url}`).join(',');
  gateway = await startApp(loadConfig({ ...env, SUBGRAPH_URLS: urls, SUBGRAPH_TIMEOUT_MS: '2000', SUBGRAPH_QUERY_RETRIES: '1' }), logger, { database });
  hive = await createHiveGatewayServer(Object.fromEntries([...subgraphs].map(([name, app]) => [name, app.url])));
  await new Promise<void>((resolve) => hive.listen(0, '127.0.0.1', resolve));
  hiveUrl = `http://127.0.0.1:${(hive.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => hive?.close(resolve));
  await gateway?.stop();
  for (const app of subgraphs.values()) await app.stop();
  await database?.close();
});

describe('split mode: each subgraph its own server', () => {
  it.each(operations)('%s answers with its .response.json through the Apollo gateway and through Hive Gateway', async (file) => {
    const expected = JSON.parse(await read(file.replace(/\.graphql$/, '.response.json')));
    const query = await read(file);
    expect((await postGraphQL(gateway.url, query)).body, `Apollo gateway: ${file}`).toEqual(expected);
    expect((await postGraphQL(hiveUrl, query)).body, `Hive Gateway: ${file}`).toEqual(expected);
  });

  it('passes the request id from the gateway to every subgraph it calls', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'split-test-42' },
      body: JSON.stringify({ query: 'query RegionPage { region(code: "370305") { name governments { name reports(first: 1) { totalCount } pilotSites { designatedOn } } } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('split-test-42');
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    const lines = logLines.filter((line) => line.requestId === 'split-test-42');
    expect(lines.map((line) => line.subgraph ?? 'gateway').sort()).toEqual(['directory', 'gateway', 'pilots', 'reports']);
    expect(lines.find((line) => !line.subgraph)).toMatchObject({ operation: 'RegionPage', msg: 'graphql request', level: 30 });
  });

  it('is ready when the database, the migrations and every subgraph are', async () => {
    const response = await fetch(new URL('/ready', gateway.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', 'subgraph:directory': 'ok', 'subgraph:reports': 'ok', 'subgraph:requests': 'ok', 'subgraph:pilots': 'ok' },
    });
  });

  it('exports subgraph fetch latency and the per-request metrics at /metrics', async () => {
    const text = await (await fetch(new URL('/metrics', gateway.url))).text();
    expect(text).toMatch(/^subgraph_fetch_duration_seconds_count\{service="gateway",subgraph="directory",outcome="ok"\} [1-9]/m);
    expect(text).toMatch(/^graphql_requests_total\{operation="RegionPage",outcome="ok",service="gateway"\} 1$/m);
    const reports = await (await fetch(new URL('/metrics', subgraphs.get('reports')!.url))).text();
    expect(reports).toMatch(/^dataloader_batch_size_count\{service="subgraph-reports"\} [1-9]/m);
  });

  it('refuses to start the gateway without a URL for every subgraph, or with an unknown one', () => {
    expect(() => subgraphSettings(loadConfig({ SUBGRAPH_URLS: 'reports=http://127.0.0.1:1/,ledger=http://127.0.0.1:2/' }))).toThrowError(
      [
        'Invalid configuration:',
        '  SUBGRAPH_URLS has no URL for the directory subgraph',
        '  SUBGRAPH_URLS has no URL for the requests subgraph',
        '  SUBGRAPH_URLS has no URL for the pilots subgraph',
        '  SUBGRAPH_URLS names "ledger"; the subgraphs are directory, reports, requests, pilots',
      ].join('\n'),
    );
  });

  it('tries a query again after a subgraph answers 503, and a mutation never', async () => {
    // A real HTTP server in front of the pilots subgraph that answers 503 to the next `failures` requests.
    const pilots = subgraphs.get('pilots')!;
    const seen: string[] = [];
    let failures = 0;
    const flaky = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString();
      seen.push(/^\s*mutation\b/.test((JSON.parse(body) as { query: string }).query) ? 'mutation' : 'query');
      if (failures > 0) {
        failures -= 1;
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Restarting.', extensions: { code: 'UNAVAILABLE' } }] }));
        return;
      }
      const answer = await fetch(pilots.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const urls = [...subgraphs].map(([name, app]) => `${name}=${name === 'pilots' ? `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/` : app.url}`).join(',');
    const retrying = await startApp(loadConfig({ ...env, SUBGRAPH_URLS: urls, SUBGRAPH_QUERY_RETRIES: '1' }), logger, { database });
    try {
      failures = 1;
      const query = await postGraphQL(retrying.url, '{ pilotPrograms { phases { ordinal } } }');
      expect(query.body).toEqual({ data: { pilotPrograms: [{ phases: [1, 2, 3, 4, 5].map((ordinal) => ({ ordinal })) }] } });
      expect(seen).toEqual(['query', 'query']);

      seen.length = 0;
      failures = 1;
      const input = { areaId: '1', phase: 1, status: 'IN_PROGRESS', note: 'Catalogue drafted.', asOf: '2018-01-10' };
      const mutation = await postGraphQL(retrying.url, 'mutation Report($input: ReportPilotProgressInput!) { reportPilotProgress(input: $input) { id } }', { input });
      expect(mutation.body).toEqual({ data: null, errors: [{ message: 'Restarting.', extensions: { code: 'UNAVAILABLE', serviceName: 'pilots' } }] });
      expect(seen).toEqual(['mutation']);
    } finally {
      await retrying.stop();
      await new Promise((resolve) => flaky.close(resolve));
    }
  });

  // Last: it stops a subgraph.
  it('answers without a stopped subgraph: partial data and an error naming it, quickly; readiness goes red', async () => {
    await subgraphs.get('pilots')!.stop();
    const started = performance.now();
    // Government.pilotSites is non-null, so the region it hangs from is null; the reports come through.
    const result = await postGraphQL(gateway.url, '{ reports(first: 1) { totalCount } region(code: "370305") { name governments { name pilotSites { designatedOn } } } }');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.body).toEqual({
      data: { reports: { totalCount: 1 }, region: null },
      errors: [
        {
          message: 'The pilots subgraph did not answer (connection refused); its fields are null in this answer.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'pilots' },
        },
      ],
    });
    const ready = await fetch(new URL('/ready', gateway.url));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', checks: { database: 'ok', 'subgraph:reports': 'ok', 'subgraph:pilots': expect.stringMatching(/^unavailable: fetch failed \(ECONNREFUSED\)$/) } });
  });
});
