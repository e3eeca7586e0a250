import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/test-app.js';

const browserGet = (url: string) => fetch(url, { headers: { accept: 'text/html' } });
const introspection = '{ __schema { queryType { name } } }';

describe('development and production modes', () => {
  it('in development serves the Sandbox landing page, introspection and the statement count', async () => {
    const app = await startTestApp({ NODE_ENV: 'development' });
    try {
      const page = await browserGet(app.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('embeddable-sandbox');
      const result = await app.graphql(introspection);
      expect(result.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      expect(result.sqlStatements).toBe(0);
      expect(await (await fetch(new URL('/health', app.url))).json()).toEqual({ status: 'ok' });
    } finally {
      await app.stop();
    }
  });

  it('in production turns the landing page, introspection and the statement count off', async () => {
    const app = await startTestApp({ NODE_ENV: 'production' });
    try {
      const page = await browserGet(app.url);
      expect(await page.text()).not.toContain('embeddable-sandbox');
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: introspection }),
      });
      expect(response.headers.get('x-sql-statements')).toBeNull();
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(body.errors[0].message).toMatch(/introspection is not allowed/i);
      expect(JSON.stringify(body)).not.toContain('stacktrace');
    } finally {
      await app.stop();
    }
  });
});
