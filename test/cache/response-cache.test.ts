import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { Government } from '../../src/subgraphs/directory/government.entity.js';
import { bearer, keyFor, post } from '../security/support.js';
import { REAL_DATABASE_URL, startTestApp, type TestApp } from '../support/test-app.js';

// The response cache over HTTP: what it keeps, for whom, and every way a write reaches it.
let app: TestApp;
let linziId: number;
beforeAll(async () => {
  app = await startTestApp({ RESPONSE_CACHE: 'true' });
  linziId = (await app.database.orm.em.fork().findOneOrFail(Government, { name: '临淄区人民政府' })).id;
});
afterAll(() => app?.stop());

const FINDINGS = '{ reports { edges { node { title findings(status: BROKEN, severity: ERROR) { id ruleId review { decision } } } } } }';
const TITLE = 'query Title($year: Int!) { reports(filter: { year: $year }) { edges { node { title } } } }';
const SEED_TITLE = '临淄区人民政府2017年度政府信息公开工作年度报告';
const stores = () => app.responseCache!.stats.stores;

describe('the response cache', () => {
  it('answers a repeated anonymous query from memory, with no SQL and the same body', async () => {
    const cold = await app.graphql(TITLE, { year: 2017 });
    const warm = await app.graphql(TITLE, { year: 2017 });
    expect(cold.body).toEqual({ data: { reports: { edges: [{ node: { title: SEED_TITLE } }] } } });
    expect(cold.sqlStatements).toBeGreaterThan(0);
    expect(warm.body).toEqual(cold.body);
    expect(warm.sqlStatements).toBe(0);
    // Other variables are another answer.
    const other = await app.graphql(TITLE, { year: 2016 });
    expect(other.body).toEqual({ data: { reports: { edges: [] } } });
    expect(other.sqlStatements).toBeGreaterThan(0);
  });

  it('gives the new answer right after a mutation', async () => {
    const before = await app.graphql(FINDINGS);
    expect((await app.graphql(FINDINGS)).sqlStatements).toBe(0);
    const refusal = (before.body.data as any).reports.edges[0].node.findings.find((f: any) => f.ruleId === 'prose.breakdown-sum');
    expect(refusal.review).toBeNull();
    const editor = await keyFor(app.database.orm, ApiKeyRole.EDITOR, { governmentId: linziId });
    const input = { findingId: refusal.id, decision: 'CONFIRMED', comment: '14 is not 1 + 7 + 5.' };
    const reviewed = await post(app.url, { query: 'mutation R($input: ReviewFindingInput!) { reviewFinding(input: $input) { review { decision } } }', variables: { input } }, bearer(editor));
    expect(reviewed.body).toEqual({ data: { reviewFinding: { review: { decision: 'CONFIRMED' } } } });
    const after = await app.graphql(FINDINGS);
    expect(after.sqlStatements).toBeGreaterThan(0);
    expect((after.body.data as any).reports.edges[0].node.findings.find((f: any) => f.ruleId === 'prose.breakdown-sum').review).toEqual({ decision: 'CONFIRMED' });
  });

  it('gives the new answer after a write through another connection, as the import CLI in another process makes', async () => {
    await app.graphql(TITLE, { year: 2017 });
    expect((await app.graphql(TITLE, { year: 2017 })).sqlStatements).toBe(0);
    const other = new pg.Client({ connectionString: REAL_DATABASE_URL ?? app.database.embedded!.url });
    await other.connect();
    try {
      await other.query("update report set title = title || '（修订）' where year = 2017");
    } finally {
      await other.end();
    }
    // The notification arrives over the cache's own connection after the commit: wait for it, never for a fixed time.
    await vi.waitFor(async () => {
      const { body } = await app.graphql(TITLE, { year: 2017 });
      expect(body).toEqual({ data: { reports: { edges: [{ node: { title: `${SEED_TITLE}（修订）` } }] } } });
    });
  });

  it('neither reads nor stores the answers of a request with an API key', async () => {
    const admin = bearer(await keyFor(app.database.orm, ApiKeyRole.ADMIN));
    const query = '{ reports { totalCount } }';
    // Anonymous, the repeat is answered from memory. Retried: the previous test's notification
    // may still be on its way, and clears the cache when it arrives.
    await vi.waitFor(async () => {
      await app.graphql(query);
      expect((await app.graphql(query)).sqlStatements).toBe(0);
    });
    const stored = stores();
    const first = await post(app.url, { query }, admin);
    const second = await post(app.url, { query }, admin);
    expect(first.body).toEqual({ data: { reports: { totalCount: 1 } } });
    expect(second.body).toEqual(first.body);
    expect([first.sqlStatements > 0, second.sqlStatements > 0]).toEqual([true, true]);
    expect(stores()).toBe(stored);
  });

  it('does not store an answer with errors', async () => {
    const query = '{ reports(first: 1000) { totalCount } }';
    const stored = stores();
    const first = await app.graphql(query);
    const second = await app.graphql(query);
    expect(first.body.errors?.map((e) => e.extensions?.code)).toEqual(['PAGE_SIZE_LIMIT_EXCEEDED']);
    expect(second.body).toEqual(first.body);
    expect(stores()).toBe(stored);
  });
});

describe('data change notifications', () => {
  it('come from every data table, so no write goes unheard (a new table needs the trigger in its migration)', async () => {
    const rows = await app.database.orm.em.fork().getConnection().execute<{ tablename: string; triggered: boolean }[]>(
      `select t.tablename, exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
         where c.relname = t.tablename and g.tgname = 'notify_data_changed') as triggered
       from pg_tables t where t.schemaname = current_schema() and t.tablename <> 'mikro_orm_migrations'`,
    );
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => !row.triggered).map((row) => row.tablename)).toEqual([]);
  });
});
