import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { send } from './support.js';

// BODY_LIMIT_BYTES: the JSON body parser's limit, answered as a GraphQL error with HTTP 413.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ BODY_LIMIT_BYTES: '200' });
});
afterAll(() => app?.stop());

/** A JSON body of exactly `bytes` bytes (UTF-8), padded inside a variable. */
function bodyOf(bytes: number): string {
  const base = (pad: string) => JSON.stringify({ query: '{ region(code: "370305") { name } }', variables: { pad } });
  const body = base('x'.repeat(bytes - Buffer.byteLength(base(''))));
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

const postBody = (body: string) => send(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the body size limit', () => {
  it('serves a body of exactly the limit', async () => {
    const result = await postBody(bodyOf(200));
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });

  it('refuses one byte more with 413 and a GraphQL error', async () => {
    const result = await postBody(bodyOf(201));
    expect(result.status).toBe(413);
    expect(result.headers.get('content-type')).toMatch(/^application\/json/);
    expect(result.body).toEqual({
      errors: [
        {
          message: "The request body is larger than the limit of 200 bytes. Send a shorter document or fewer variables (the server's BODY_LIMIT_BYTES).",
          extensions: { code: 'BODY_SIZE_LIMIT_EXCEEDED' },
        },
      ],
    });
  });

  it('counts bytes, not characters: Chinese text is three bytes each', async () => {
    const body = JSON.stringify({ query: '{ region(code: "370305") { name } }', variables: { pad: '临'.repeat(50) } });
    expect([body.length <= 200, Buffer.byteLength(body) > 200]).toEqual([true, true]);
    expect((await postBody(body)).status).toBe(413);
  });

  it('answers a body that is not JSON with 400 in the same shape', async () => {
    const result = await postBody('{"query": ');
    expect([result.status, result.body]).toEqual([400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] }]);
  });
});
