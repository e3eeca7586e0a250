import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { send } from './support.js';

// CORS_ORIGINS: browsers on the listed origins may call the API; others get no CORS headers.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ CORS_ORIGINS: 'https://portal.example, https://analyst.example' });
});
afterAll(() => app?.stop());

const ALLOWED = 'https://analyst.example';
const QUERY = JSON.stringify({ query: '{ region(code: "370305") { name } }' });
const preflight = (url: string, origin: string) =>
  send(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
const corsHeaders = (headers: Headers) => Object.fromEntries([...headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'));

describe('CORS', () => {
  it('answers the preflight of a listed origin, allowing the Authorization header', async () => {
    const result = await preflight(app.url, ALLOWED);
    expect(result.status).toBe(204);
    expect(corsHeaders(result.headers)).toEqual({
      'access-control-allow-origin': ALLOWED,
      'access-control-allow-methods': 'GET,POST',
      'access-control-allow-headers': 'content-type,authorization,apollo-require-preflight,x-apollo-operation-name,x-request-id',
      'access-control-expose-headers': 'x-request-id',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  });

  it('lets a listed origin read the answer of a request', async () => {
    const result = await send(app.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: ALLOWED }, body: QUERY });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
    expect(corsHeaders(result.headers)).toEqual({ 'access-control-allow-origin': ALLOWED, 'access-control-expose-headers': 'x-request-id', vary: 'Origin' });
  });

  it('gives any other origin no CORS headers, on the preflight or the request', async () => {
    const refused = await preflight(app.url, 'https://attacker.example');
    expect(corsHeaders(refused.headers)).toEqual({ 'access-control-allow-methods': 'GET,POST', 'access-control-allow-headers': 'content-type,authorization,apollo-require-preflight,x-apollo-operation-name,x-request-id', 'access-control-expose-headers': 'x-request-id', 'access-control-max-age': '600', vary: 'Origin' });
    const request = await send(app.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://portal.example.evil' }, body: QUERY });
    // Expose-Headers without Allow-Origin lets the browser read nothing.
    expect(corsHeaders(request.headers)).toEqual({ 'access-control-expose-headers': 'x-request-id', vary: 'Origin' });
  });
});

describe('CORS open to every origin', () => {
  let open: TestApp;
  beforeAll(async () => {
    open = await startTestApp({ CORS_ORIGINS: '*' });
  });
  afterAll(() => open?.stop());

  it('answers any origin with a wildcard', async () => {
    const result = await send(open.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://anyone.example' }, body: QUERY });
    expect(result.headers.get('access-control-allow-origin')).toBe('*');
  });
});
