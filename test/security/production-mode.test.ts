import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post, send } from './support.js';

// NODE_ENV=production: errors masked, no field suggestions, introspection and Sandbox off unless enabled.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'production' });
});
afterAll(() => app?.stop());

const INTROSPECTION = '{ __schema { queryType { name } } }';
const browserGet = (url: string) => send(url, { headers: { accept: 'text/html' } });

describe('production mode', () => {
  it('refuses introspection and serves no Sandbox page', async () => {
    const result = await post(app.url, { query: INTROSPECTION });
    expect(result.status).toBe(400);
    expect(result.body.errors.map((e: any) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.body.errors[0].message).toMatch(/^GraphQL introspection is not allowed/);
    expect(String((await browserGet(app.url)).body)).not.toContain('embeddable-sandbox');
  });

  it('gives no "Did you mean" suggestions', async () => {
    const result = await post(app.url, { query: '{ reports(frist: 1) { edges { node { yaer } } } }' });
    expect([result.status, result.body]).toEqual([
      400,
      {
        errors: [
          { message: 'Unknown argument "frist" on field "Query.reports".', locations: [{ line: 1, column: 11 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
          { message: 'Cannot query field "yaer" on type "Report".', locations: [{ line: 1, column: 38 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        ],
      },
    ]);
  });

  it('masks internal errors as one generic message, with no stack trace and no SQL', async () => {
    const em = app.database.orm.em.fork() as SqlEntityManager;
    await em.execute('alter table request_case rename to request_case_away');
    try {
      const result = await post(app.url, { query: '{ region(code: "370305") { name governments { name requestCases { totalCount } } } }' });
      expect([result.status, result.body]).toEqual([
        200,
        {
          data: { region: null },
          errors: [{ message: 'Internal server error', path: ['region', 'governments', 0, 'requestCases'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        },
      ]);
    } finally {
      await em.execute('alter table request_case_away rename to request_case');
    }
  });

  it('keeps the errors a client can act on, with their codes', async () => {
    const result = await post(app.url, { query: '{ region(code: "999999") { name } }' });
    expect(result.body).toEqual({
      data: { region: null },
      errors: [
        {
          message: 'No Region with code "999999". Look it up through a list field first.',
          path: ['region'],
          extensions: { code: 'NOT_FOUND', typeName: 'Region', argumentName: 'code', serviceName: 'directory' },
        },
      ],
    });
  });
});

describe('production mode with the developer tools enabled by configuration', () => {
  let tools: TestApp;
  beforeAll(async () => {
    tools = await startTestApp({ NODE_ENV: 'production', INTROSPECTION: 'true', SANDBOX: 'true' });
  });
  afterAll(() => tools?.stop());

  it('answers introspection and serves the Sandbox page, still without statement counts', async () => {
    const result = await post(tools.url, { query: INTROSPECTION });
    expect([result.status, result.body]).toEqual([200, { data: { __schema: { queryType: { name: 'Query' } } } }]);
    expect(result.headers.get('x-sql-statements')).toBeNull();
    expect(String((await browserGet(tools.url)).body)).toContain('embeddable-sandbox');
  });
});
