import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post, send } from './support.js';

// Automatic persisted queries: a client sends a query's SHA-256, and the full text only when asked.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const QUERY = 'query Linzi { region(code: "370305") { name } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const DATA = { data: { region: { name: '临淄区' } } };

describe('automatic persisted queries', () => {
  it('round-trip: unknown hash, then the query with its hash, then the hash alone (POST and GET)', async () => {
    const unknown = await post(app.url, { extensions: persisted(HASH) });
    expect([unknown.status, unknown.body]).toEqual([200, { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }]);
    const registered = await post(app.url, { query: QUERY, extensions: persisted(HASH) });
    expect([registered.status, registered.body]).toEqual([200, DATA]);
    const byHash = await post(app.url, { extensions: persisted(HASH) });
    expect([byHash.status, byHash.body]).toEqual([200, DATA]);
    const get = await send(`${app.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(HASH)))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([get.status, get.body]).toEqual([200, DATA]);
  });

  it('refuses a hash that is not the query’s', async () => {
    const result = await post(app.url, { query: QUERY, extensions: persisted('0'.repeat(64)) });
    expect([result.status, result.body]).toEqual([400, { errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] }]);
  });

  it('applies the query limits to a persisted query too', async () => {
    const deep = '{ region(code: "370305") { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }';
    const result = await post(app.url, { query: deep, extensions: persisted(createHash('sha256').update(deep).digest('hex')) });
    expect(result.status).toBe(400);
    expect(result.body.errors.map((e: any) => e.extensions.code)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    const again = await post(app.url, { extensions: persisted(createHash('sha256').update(deep).digest('hex')) });
    expect(again.body.errors.map((e: any) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});
