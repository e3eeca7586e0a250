import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { send } from './support.js';

// Apollo's CSRF prevention: a request a browser could send without a preflight (no content type,
// or a "simple" one) runs only with a preflight-forcing header.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const QUERY = '{ region(code: "370305") { name } }';
const DATA = { data: { region: { name: '临淄区' } } };
const CSRF_REFUSAL = {
  errors: [
    {
      message:
        "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n",
      extensions: { code: 'BAD_REQUEST' },
    },
  ],
};
const GET_WITH_BODY_TYPE = {
  errors: [{ message: 'GET requests may not have a content-type header other than application/json.', extensions: { code: 'BAD_REQUEST' } }],
};
const NO_BODY = {
  errors: [{ message: 'POST body missing, invalid Content-Type, or JSON object has no keys.', extensions: { code: 'BAD_REQUEST' } }],
};

const CONTENT_TYPES = [undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'] as const;
const PREFLIGHT_HEADERS = [{}, { 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'Linzi' }] as const;
const simple = (contentType: string | undefined) => contentType === undefined || !contentType.startsWith('application/json');

/** What each combination must answer: blocked unless preflighted; then served, or refused for a content type Apollo does not read. */
function expected(method: 'GET' | 'POST', contentType: string | undefined, preflighted: boolean) {
  if (simple(contentType) && !preflighted) return [400, CSRF_REFUSAL];
  if (method === 'GET' && simple(contentType) && contentType !== undefined) return [415, GET_WITH_BODY_TYPE];
  if (method === 'GET' || contentType === 'application/json') return [200, DATA];
  return [400, NO_BODY];
}

const cases = (['GET', 'POST'] as const).flatMap((method) =>
  CONTENT_TYPES.flatMap((contentType) => PREFLIGHT_HEADERS.map((extra) => [method, contentType ?? '(none)', Object.keys(extra)[0] ?? '(none)', contentType, extra] as const)),
);

describe('CSRF prevention', () => {
  it.each(cases)('%s with content-type %s and preflight header %s', async (method, _ct, _h, contentType, extra) => {
    const headers: Record<string, string> = { ...extra };
    if (contentType) headers['content-type'] = contentType;
    const url = method === 'GET' ? `${app.url}?query=${encodeURIComponent(QUERY)}` : app.url;
    const result = await send(url, { method, headers, body: method === 'POST' ? JSON.stringify({ query: QUERY }) : undefined });
    expect([result.status, result.body]).toEqual(expected(method, contentType, Object.keys(extra).length > 0));
  });

  it('sends no CORS headers when no origin is allowed, which is the default', async () => {
    const result = await send(app.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' }, body: JSON.stringify({ query: QUERY }) });
    expect(result.headers.get('access-control-allow-origin')).toBeNull();
  });
});
