import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_ALIASES: aliases counted by GraphQL Armor, inside fragments once per spread.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_ALIASES: '3' });
});
afterAll(() => app?.stop());

const tooMany = (found: number) => ({
  errors: [{ message: `Aliases limit of 3 exceeded, found ${found}. Use fewer aliases, or split the request (the server's MAX_ALIASES).`, extensions: { code: 'ALIAS_LIMIT_EXCEEDED' } }],
});

describe('the alias limit', () => {
  it('runs an operation with as many aliases as allowed', async () => {
    const result = await post(app.url, { query: '{ a: region(code: "370305") { name } b: region(code: "370300") { name } c: region(code: "370000") { name } }' });
    expect([result.status, result.body]).toEqual([200, { data: { a: { name: '临淄区' }, b: { name: '淄博市' }, c: { name: '山东省' } } }]);
  });

  it('refuses one alias more', async () => {
    const result = await post(app.url, { query: '{ a: region(code: "370305") { name } b: region(code: "370300") { name } c: region(code: "370000") { n: name } }' });
    expect([result.status, result.body]).toEqual([400, tooMany(4)]);
  });

  it('counts the aliases of a fragment each time it is spread', async () => {
    const query = `{ region(code: "370305") { ...Names parent { ...Names } } }
      fragment Names on Region { short: name long: code }`;
    const result = await post(app.url, { query });
    expect([result.status, result.body]).toEqual([400, tooMany(4)]);
  });

  it('does not count aliases of __typename, which clients add to every selection', async () => {
    const result = await post(app.url, { query: '{ a: region(code: "370305") { t: __typename u: __typename v: __typename w: __typename } }' });
    expect([result.status, result.body]).toEqual([200, { data: { a: { t: 'Region', u: 'Region', v: 'Region', w: 'Region' } } }]);
  });
});
