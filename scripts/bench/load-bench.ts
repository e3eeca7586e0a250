import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { Report } from '../../src/subgraphs/reports/report.entity.js';
import { SCALES } from '../synthetic/province-plan.js';
import { seedSyntheticProvince } from '../synthetic/seed-province.js';
import { type BenchRow, describeEnvironment, writeResults } from './bench-results.js';
import { checkTargets } from './issue-targets.js';
import { printTable } from './print-table.js';
import { type ServerProcess, startServerProcess } from './server-process.js';

/**
 * npm run bench -- [--duration 10] [--connections 8]
 *
 * A benchmark, not a test. Against a real PostgreSQL (DATABASE_URL) loaded with the synthetic
 * province (imported first when missing: npm run seed:synthetic), it starts the built server
 * (npm run build first, which `prebench` does) as separate processes with npm start's Node flags,
 * drives them over loopback with autocannon, one fixed operation at a time, and prints
 * requests/s, p50 and p99 latency, SQL statements per request, response size and the server's
 * peak RSS during that operation's run. Every run is cold (RESPONSE_CACHE=false) except "cache warm", which serves
 * the operations from the response cache. In the same run it compares the SQL-JSON path with the
 * resolvers (SQL_JSON=false), the batched loaders with the naive per-row mode
 * (LOADER_BATCHING=false), and the federated gateway with the same operation on the reports
 * subgraph alone. The results go to bench-results/load.json and load.md as well, with the
 * machine, the versions and the date.
 */
const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } } });
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const YEAR = 2017;
const PROVINCE = '990000';
const COUNTY = '990101';

const config = loadConfig();
if (!config.DATABASE_URL) {
  process.stderr.write('npm run bench needs a real PostgreSQL: set DATABASE_URL=postgresql://user:pass@127.0.0.1:5432/db (it will hold the synthetic province).\n');
  process.exit(2);
}

const database = await openDatabase(config);
const [{ server_version: postgresVersion }] = await database.orm.em.getConnection().execute<{ server_version: string }[]>('show server_version');
const present = await database.orm.em.fork().count(Report, { year: YEAR, government: { region: { code: { $like: '99%' } } } });
if (present === 0) {
  process.stderr.write('importing the synthetic province (once; npm run seed:synthetic does the same)…\n');
  await seedSyntheticProvince(database, { scale: SCALES.province, years: [2013, 2014, 2015, 2016, 2017], jobs: 4, progress: true });
}
await database.close();

const operation = (path: string) => readFileSync(fromProjectRoot(path), 'utf8');
// The report page and the pilot pull are the example operations users start from.
const RUNS = [
  { name: 'provincial dashboard', query: operation('scripts/bench/operations/provincial-dashboard.graphql'), variables: { year: YEAR, regionCode: PROVINCE } },
  { name: 'report page', query: operation('examples/frontend/report-page.graphql'), variables: { year: YEAR, regionCode: COUNTY } },
  { name: 'pilot pull', query: operation('examples/provincial/pilot-progress.graphql'), variables: {} },
  { name: 'dashboard, reports fields only', query: operation('scripts/bench/operations/provincial-dashboard-reports-only.graphql'), variables: { year: YEAR, regionCode: PROVINCE } },
  { name: 'dashboard, reference shape', query: operation('scripts/bench/operations/provincial-dashboard-reference.graphql'), variables: { year: YEAR, regionCode: PROVINCE } },
];
const REPORTS_ONLY = RUNS.filter((run) => run.name === 'dashboard, reports fields only');
const DASHBOARDS = RUNS.filter((run) => run.name !== 'dashboard, reports fields only');
// The dashboard is one page of 500 reports: above the public defaults for page size and cost, as
// a provincial deployment would configure it; in the naive mode it runs longer than the default
// timeout. The other limits stay as configured.
const TIMEOUT_S = 120;
const serverEnv = { DATABASE_URL: config.DATABASE_URL, NODE_ENV: 'development', LOG_LEVEL: 'warn', MAX_PAGE_SIZE: '500', MAX_QUERY_COST: '1000000', EXECUTION_TIMEOUT_MS: String(TIMEOUT_S * 1000) };

const rows: BenchRow[] = [];

async function measure(label: string, server: ServerProcess, runs: typeof RUNS): Promise<void> {
  for (const run of runs) {
    const body = JSON.stringify({ query: run.query, variables: run.variables });
    const headers = { 'content-type': 'application/json' };
    // Two requests first: they must answer without errors, and the second tells the statements
    // and size of a request like those measured (with the cache on, an answer from the cache).
    let probe!: Response;
    let text = '';
    for (let i = 0; i < 2; i++) {
      probe = await fetch(server.url, { method: 'POST', headers, body });
      text = await probe.text();
      const errors = (JSON.parse(text) as { errors?: unknown[] }).errors;
      if (errors) throw new Error(`${label} / ${run.name}: ${JSON.stringify(errors).slice(0, 500)}`);
    }
    const load = { url: server.url, method: 'POST' as const, headers, body, connections: CONNECTIONS, timeout: TIMEOUT_S };
    server.takePeakRssBytes();
    let result = await autocannon({ ...load, duration: DURATION });
    // Too slow for even one answer per connection within the duration (the naive dashboard): count a fixed number instead.
    if (result.requests.total < CONNECTIONS) result = await autocannon({ ...load, amount: CONNECTIONS * 2 });
    rows.push({
      server: label,
      operation: run.name,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      statements: Number(probe.headers.get('x-sql-statements')),
      kb: Buffer.byteLength(text) / 1024,
      errors: result.errors + result.non2xx,
      rssMb: Math.round(server.takePeakRssBytes() / 1024 / 1024),
    });
    const row = rows.at(-1)!;
    // As it goes, so a long run shows progress and a failure later keeps what was measured.
    process.stdout.write(`${label} / ${run.name}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.statements} SQL/req, ${row.kb.toFixed(0)} KB, peak RSS ${row.rssMb} MB\n`);
  }
}

// Cold: the response cache off, so every request executes. Warm: on, after the probe stored the answer.
const COLD = { RESPONSE_CACHE: 'false' };
// SQL-JSON (the default) answers an operation of columns and declared joins with one statement;
// "resolvers" turns it off, so the same operations run through the loaders and both executors.
const RESOLVERS = { ...COLD, SQL_JSON: 'false' };
const targets: [string, string[], Record<string, string>, typeof RUNS][] = [
  ['gateway, SQL-JSON', ['dist/src/main.js'], COLD, RUNS],
  ['gateway, resolvers', ['dist/src/main.js'], RESOLVERS, RUNS],
  ['gateway, cache warm', ['dist/src/main.js'], { RESPONSE_CACHE: 'true' }, RUNS.slice(0, 3)],
  ['gateway, naive per-row', ['dist/src/main.js'], { ...COLD, LOADER_BATCHING: 'false' }, RUNS.slice(0, 3)],
  ['reports subgraph alone, SQL-JSON', ['dist/src/subgraph-main.js', 'reports'], COLD, REPORTS_ONLY],
  ['reports subgraph alone, resolvers', ['dist/src/subgraph-main.js', 'reports'], RESOLVERS, REPORTS_ONLY],
];
let port = 4101;
for (const [label, [entry, ...args], env, runs] of targets) {
  const server = await startServerProcess(entry, port++, { ...serverEnv, ...env }, args);
  try {
    await measure(label, server, runs);
  } finally {
    await server.stop();
  }
}

const table = rows.map((r) => [r.server, r.operation, r.rps.toFixed(1), `${r.p50}`, `${r.p99}`, String(r.statements), r.kb.toFixed(0), String(r.errors), String(r.rssMb)]);
printTable(process.stdout, ['server', 'operation', 'req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'KB', 'errors', 'peak RSS MB'], table, 2);
const rps = (server: string, op: string) => rows.find((r) => r.server === server && r.operation === op)?.rps ?? NaN;
const reportsOnly = REPORTS_ONLY[0].name;
const ratios = [
  ...DASHBOARDS.map(({ name }) => ({ name: `SQL-JSON / resolvers, ${name}, requests/s`, value: rps('gateway, SQL-JSON', name) / rps('gateway, resolvers', name) })),
  ...RUNS.slice(0, 3).flatMap(({ name }) => [
    { name: `batched resolvers / naive per-row, ${name}, requests/s`, value: rps('gateway, resolvers', name) / rps('gateway, naive per-row', name) },
    { name: `cache warm / cold (SQL-JSON), ${name}, requests/s`, value: rps('gateway, cache warm', name) / rps('gateway, SQL-JSON', name) },
  ]),
  // The measure of overhead: how much slower the federated path is than the subgraph alone.
  ...['SQL-JSON', 'resolvers'].map((mode) => ({
    name: `gateway overhead (subgraph alone / through the gateway), ${mode}, ${reportsOnly}, requests/s`,
    value: rps(`reports subgraph alone, ${mode}`, reportsOnly) / rps(`gateway, ${mode}`, reportsOnly),
  })),
];
process.stdout.write('\nratios\n');
for (const ratio of ratios) process.stdout.write(`  ${ratio.name}: ×${ratio.value.toFixed(2)}\n`);
const targetChecks = checkTargets(rows);
process.stdout.write('\nthe issue\'s targets\n');
printTable(process.stdout, ['target', 'wanted', 'measured', 'met'], targetChecks.map((t) => [t.what, t.target, t.measured, t.met ? 'yes' : 'no']), 2);
const written = writeResults(
  { ...describeEnvironment(postgresVersion), settings: { durationS: DURATION, connections: CONNECTIONS, maxPageSize: 500, data: 'synthetic province (合成省, codes 99xxxx)' }, rows, ratios, targets: targetChecks },
  'load',
);
process.stdout.write(`\n${DURATION} s per run, ${CONNECTIONS} connections, over 127.0.0.1. Written to ${written.json} and ${written.markdown}.\n`);
