import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_DOCUMENT_CHARS: GraphQL Armor's character limit, comments and white space included.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_DOCUMENT_CHARS: '40' });
});
afterAll(() => app?.stop());

const QUERY = '{ region(code: "370305") { name } }'; // 35 characters
const padded = (length: number) => QUERY + ' '.repeat(length - QUERY.length);

describe('the document size limit', () => {
  it('runs a document of exactly the limit', async () => {
    const result = await post(app.url, { query: padded(40) });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });

  it('refuses one character more, and a comment counts', async () => {
    const expected = {
      errors: [
        {
          message: "Query exceeds the maximum allowed length of 40, found 41. Send a shorter document (the server's MAX_DOCUMENT_CHARS).",
          extensions: { code: 'DOCUMENT_SIZE_LIMIT_EXCEEDED' },
        },
      ],
    };
    const spaces = await post(app.url, { query: padded(41) });
    expect([spaces.status, spaces.body]).toEqual([400, expected]);
    const comment = await post(app.url, { query: `#1234\n${QUERY}` });
    expect([comment.status, comment.body]).toEqual([400, expected]);
  });

  it('counts characters, not bytes: Chinese text is one character each', async () => {
    const query = '{ region(code: "370305") { name } } #临淄';
    expect(query.length).toBe(39);
    const result = await post(app.url, { query });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });
});
