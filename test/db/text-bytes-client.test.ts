import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTextBytesClient, type TextBytesClient } from '../../src/db/text-bytes-client.js';
import { REAL_DATABASE_URL, startTestApp, type TestApp } from '../support/test-app.js';

// The byte pool runs against whichever engine the suite uses: the embedded one serves it over its socket too.
let app: TestApp;
let client: TextBytesClient;
const reported: { query: string; params: readonly unknown[] }[] = [];

beforeAll(async () => {
  app = await startTestApp();
  const url = REAL_DATABASE_URL ?? app.database.embedded!.url;
  client = openTextBytesClient({ url, max: 1, connectTimeoutMs: 3000, report: ({ query, params }) => reported.push({ query, params }) });
});
afterAll(async () => {
  await client?.close();
  await app?.stop();
});

describe('the text-bytes client', () => {
  it('gives a text value as the UTF-8 bytes the server sent, parameters by $n, and reports the statement (for the tally and the log)', async () => {
    const query = `select $1::text || '·公开·' || $2::text || chr(128512)`;
    const bytes = await client.firstValue(query, ['临淄', 2017]);
    expect(bytes).toEqual(Buffer.from('临淄·公开·2017😀', 'utf8'));
    expect(reported.at(-1)).toEqual({ query, params: ['临淄', 2017] });
  });

  it('prepares a statement without parameters too, when the budget admits it', async () => {
    const text = `select 'prepared without parameters'::text`;
    expect((await client.firstValue(text, []))?.toString()).toBe('prepared without parameters');
    // The pool has one connection, so this sees the statement above.
    expect((await client.firstValue(`select count(*)::text from pg_prepared_statements where statement = $1`, [text]))?.toString()).toBe('1');
  });

  it('gives null for a NULL value and for no row', async () => {
    expect(await client.firstValue('select null::text', [])).toBeNull();
    expect(await client.firstValue('select 1::text where false', [])).toBeNull();
  });

  it('rejects a failing statement with the server’s error', async () => {
    await expect(client.firstValue('select 1/0', [])).rejects.toThrow('division by zero');
    expect(reported.at(-1)).toEqual({ query: 'select 1/0', params: [] });
  });
});
