import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// EXECUTION_TIMEOUT_MS. A table lock held by the test makes the operation's SQL wait for as long
// as the test wants, so the timeout is reached for certain, without timing anything.
let app: TestApp;
beforeAll(async () => {
  // The cache off: a repeated query must execute, or it could not run out of time.
  app = await startTestApp({ EXECUTION_TIMEOUT_MS: '300', RESPONSE_CACHE: 'false' });
});
afterAll(() => app?.stop());

const QUERY = '{ reports { totalCount } }';

describe('the execution timeout', () => {
  it('answers an operation that finishes in time as usual', async () => {
    const result = await post(app.url, { query: QUERY });
    expect([result.status, result.body]).toEqual([200, { data: { reports: { totalCount: 1 } } }]);
  });

  it('answers 504 EXECUTION_TIMEOUT when the operation cannot finish, and serves the next one once it can', async () => {
    const em = app.database.orm.em.fork() as SqlEntityManager;
    let timedOut;
    await em.transactional(async (tx) => {
      await tx.execute('lock table report in access exclusive mode');
      timedOut = await post(app.url, { query: QUERY });
    });
    expect([timedOut!.status, timedOut!.body]).toEqual([
      504,
      {
        data: null,
        errors: [
          {
            message: "The operation ran longer than the execution timeout of 300 ms and was stopped. Ask for less at once: fewer fields, smaller pages (the server's EXECUTION_TIMEOUT_MS).",
            extensions: { code: 'EXECUTION_TIMEOUT' },
          },
        ],
      },
    ]);
    const after = await post(app.url, { query: QUERY });
    expect([after.status, after.body]).toEqual([200, { data: { reports: { totalCount: 1 } } }]);
  });
});
