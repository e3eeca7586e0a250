import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_QUERY_DEPTH: nesting counted by GraphQL Armor, fragments counted as the fields they hold.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_QUERY_DEPTH: '5' });
});
afterAll(() => app?.stop());

const tooDeep = (found: number) => ({
  errors: [
    {
      message: `Query depth limit of 5 exceeded, found ${found}. Select fewer nested levels, or fetch the deeper part in a second request (the server's MAX_QUERY_DEPTH).`,
      extensions: { code: 'DEPTH_LIMIT_EXCEEDED' },
    },
  ],
});
const LINZI_UP = { region: { parent: { parent: { parent: null } } } };

describe('the depth limit', () => {
  it('runs a query exactly at the limit', async () => {
    const result = await post(app.url, { query: '{ region(code: "370305") { parent { parent { parent { name } } } } }' });
    expect([result.status, result.body]).toEqual([200, { data: LINZI_UP }]);
  });

  it('refuses one level more', async () => {
    const result = await post(app.url, { query: '{ region(code: "370305") { parent { parent { parent { parent { name } } } } } }' });
    expect([result.status, result.body]).toEqual([400, tooDeep(6)]);
  });

  it('sees through named and inline fragments: at the limit they run, one deeper they are refused', async () => {
    const fragments = (innermost: string) => `{ region(code: "370305") { ...Up } }
      fragment Up on Region { parent { ... on Region { parent { ...Top } } } }
      fragment Top on Region { parent { ${innermost} } }`;
    const atLimit = await post(app.url, { query: fragments('name') });
    expect([atLimit.status, atLimit.body]).toEqual([200, { data: LINZI_UP }]);
    const over = await post(app.url, { query: fragments('parent { name }') });
    expect([over.status, over.body]).toEqual([400, tooDeep(6)]);
  });

  it('counts a fragment spread at two depths by its deepest use', async () => {
    const query = `{ region(code: "370305") { ...Name parent { parent { parent { ...Name parent { ...Name } } } } } }
      fragment Name on Region { name }`;
    const result = await post(app.url, { query });
    expect([result.status, result.body]).toEqual([400, tooDeep(6)]);
  });
});
