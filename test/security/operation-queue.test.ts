import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_CONCURRENT_OPERATIONS and MAX_QUEUED_OPERATIONS. A table lock held by the test keeps the
// first operation executing for as long as the test wants, so the queue fills for certain.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_CONCURRENT_OPERATIONS: '1', MAX_QUEUED_OPERATIONS: '1', RESPONSE_CACHE: 'false' });
});
afterAll(() => app?.stop());

const QUERY = '{ reports { totalCount } }';
const ANSWER = { data: { reports: { totalCount: 1 } } };

describe('the operation queue', () => {
  it('runs one operation at a time, queues the next, refuses beyond the queue with 503 SERVER_BUSY, and loses none it took', async () => {
    const em = app.database.orm.em.fork() as SqlEntityManager;
    let refused;
    let first;
    let second;
    await em.transactional(async (tx) => {
      await tx.execute('lock table report in access exclusive mode');
      first = post(app.url, { query: QUERY });
      await vi.waitFor(() => expect(app.operations()).toEqual({ executing: 1, waiting: 0 }));
      second = post(app.url, { query: QUERY });
      await vi.waitFor(() => expect(app.operations()).toEqual({ executing: 1, waiting: 1 }));
      refused = await post(app.url, { query: QUERY });
    });
    expect([refused!.status, refused!.headers.get('retry-after'), refused!.body]).toEqual([
      503,
      '1',
      {
        errors: [
          {
            message: "The server is busy: 1 operations are executing and 1 are waiting. Retry shortly (the server's MAX_CONCURRENT_OPERATIONS and MAX_QUEUED_OPERATIONS).",
            extensions: { code: 'SERVER_BUSY' },
          },
        ],
      },
    ]);
    const answered = await Promise.all([first!, second!]);
    expect(answered.map((r) => [r.status, r.body])).toEqual([
      [200, ANSWER],
      [200, ANSWER],
    ]);
    expect(app.operations()).toEqual({ executing: 0, waiting: 0 });
  });

  it('gives the turn back when a client goes away before its answer', async () => {
    const em = app.database.orm.em.fork() as SqlEntityManager;
    const abandoned = new AbortController();
    await em.transactional(async (tx) => {
      await tx.execute('lock table report in access exclusive mode');
      const gone = fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }), signal: abandoned.signal }).catch((e: Error) => e.name);
      await vi.waitFor(() => expect(app.operations()).toEqual({ executing: 1, waiting: 0 }));
      abandoned.abort();
      expect(await gone).toBe('AbortError');
    });
    await vi.waitFor(() => expect(app.operations()).toEqual({ executing: 0, waiting: 0 }));
    const next = await post(app.url, { query: QUERY });
    expect([next.status, next.body]).toEqual([200, ANSWER]);
  });
});
