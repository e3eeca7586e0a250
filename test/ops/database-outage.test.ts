import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { importReport } from '../../src/importer/import-report.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { loadReportDocument } from '../../src/report-document/load-report-document.js';
import { postGraphQL, REAL_DATABASE_URL, startTestApp, type TestApp } from '../support/test-app.js';
import { postgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres.js';
import { bearer, keyFor, post } from '../security/support.js';
import { reportPartCounts } from './report-parts.js';

// The database goes away under load and comes back. On the PostgreSQL run the test stops and
// starts a cluster of its own (pg_ctl -m fast: sessions cut, transactions rolled back); on the
// embedded run it cuts the embedded database's socket server and serves it again. Either way
// the server process is never restarted.
const bin = postgresBinaries();
if (REAL_DATABASE_URL && !bin) throw new Error('The PostgreSQL run of this test starts a cluster of its own: install the server (/usr/lib/postgresql/*/bin), as .ci/run does.');

let app: TestApp;
let cluster: ThrowawayPostgres | null = null;
let outage: () => Promise<void>;
let recovery: () => Promise<void>;
beforeAll(async () => {
  if (REAL_DATABASE_URL) cluster = await startThrowawayPostgres(bin!);
  app = await startTestApp({ RESPONSE_CACHE: 'false', DB_CONNECT_TIMEOUT_MS: '1000', ...(cluster ? { DATABASE_URL: cluster.url } : {}) });
  outage = cluster ? cluster.stop : () => app.database.embedded!.interrupt();
  recovery = cluster ? cluster.start : () => app.database.embedded!.resume();
});
afterAll(async () => {
  await app?.stop();
  await cluster?.destroy();
});

const REVIEW = 'mutation($input: ReviewFindingInput!) { reviewFinding(input: $input) { review { decision } } }';
const COUNT = '{ reports { totalCount } }';

describe('PostgreSQL restarted under load', () => {
  it('fails fast with DATABASE_UNAVAILABLE, goes unready, recovers by itself, and keeps every acknowledged write', async () => {
    // Acknowledged before the outage: a review over HTTP and an import of a 2018 report.
    const seedDoc = await loadReportDocument(fromProjectRoot('seeds', 'linzi-2017.json'));
    const editor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: 1 });
    const finding = (await app.seedReport('findings(status: BROKEN) { id }')).findings[0].id;
    const reviewed = await post(app.url, { query: REVIEW, variables: { input: { findingId: finding, decision: 'CONFIRMED', comment: 'Checked by hand.' } } }, bearer(editor));
    expect(reviewed.body).toEqual({ data: { reviewFinding: { review: { decision: 'CONFIRMED' } } } });
    const acknowledged = await importReport(app.database.orm.em.fork(), { ...seedDoc, year: 2018 });

    // Load: ten clients querying in a loop for the whole test.
    let loading = true;
    const outcomes: { code: string; ms: number }[] = [];
    const clients = Array.from({ length: 10 }, async () => {
      while (loading) {
        const started = performance.now();
        const { body } = await postGraphQL(app.url, COUNT);
        outcomes.push({ code: body.errors ? String(body.errors[0]?.extensions?.code) : 'OK', ms: performance.now() - started });
      }
    });

    // An import in flight when the database goes: it must end up whole or not at all.
    const inFlight = importReport(app.database.orm.em.fork(), { ...seedDoc, year: 2016 }).then(() => 'imported', (error: Error) => `failed: ${error.message}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await outage();

    const during = performance.now();
    const failed = await postGraphQL(app.url, COUNT);
    expect(performance.now() - during).toBeLessThan(2500);
    expect(failed.body).toEqual({ data: null, errors: [{ message: 'The database is unavailable; retry shortly.', path: ['reports'], extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
    const csv = await fetch(new URL('/export/statistics.csv', app.url));
    expect([csv.status, await csv.json()]).toEqual([503, { errors: [{ message: 'The database is unavailable; retry shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }]);
    const unready = await fetch(new URL('/ready', app.url));
    expect(unready.status).toBe(503);
    expect(await unready.json()).toMatchObject({ status: 'not ready', checks: { database: expect.stringMatching(/^unavailable: /) } });
    await inFlight;

    await recovery();
    const recovered = performance.now();
    let answer = await postGraphQL(app.url, COUNT);
    while (answer.body.errors && performance.now() - recovered < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answer = await postGraphQL(app.url, COUNT);
    }
    expect(answer.body.errors).toBeUndefined();
    loading = false;
    await Promise.all(clients);
    expect((await fetch(new URL('/ready', app.url))).status).toBe(200);

    // Under load, every answer was either right or DATABASE_UNAVAILABLE, and none hung.
    expect(new Set(outcomes.map((o) => o.code))).toEqual(new Set(['OK', 'DATABASE_UNAVAILABLE']));
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(5000);

    // Every acknowledged write is there; the interrupted import is whole or absent.
    const { reports } = await app.data('{ reports(first: 10) { edges { node { year findings(status: BROKEN) { id review { decision comment } } } } } }');
    const years = reports.edges.map((e: any) => e.node.year).sort();
    expect(years.filter((y: number) => y !== 2016)).toEqual([2017, 2018]);
    const seed = reports.edges.find((e: any) => e.node.year === 2017).node;
    expect(seed.findings.find((f: any) => f.id === finding).review).toEqual({ decision: 'CONFIRMED', comment: 'Checked by hand.' });
    const em = app.database.orm.em.fork();
    const whole = await reportPartCounts(em, acknowledged.id);
    expect(whole?.sections).toBeGreaterThan(0);
    const interrupted = await reportPartCounts(em, null, { year: 2016 });
    expect([null, JSON.stringify(whole)]).toContain(interrupted && JSON.stringify(interrupted));
  });
});
