import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_QUERY_COST by graphql-query-complexity: 1 per field, a connection's selection times its page size.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_QUERY_COST: '31' });
});
afterAll(() => app?.stop());

// regions(first: n) { edges { node { code } } } costs 1 + n × (edges 1 + node 1 + code 1) = 1 + 3n.
const regions = (first: string) => `{ regions${first} { edges { node { code } } } }`;
const tooCostly = (found: string) => ({
  errors: [
    {
      message: `Query cost limit of 31 exceeded, ${found}. Each field costs 1 and a connection multiplies its selection by its page size ("first", default 20): ask for smaller pages or fewer fields (the server's MAX_QUERY_COST).`,
      extensions: { code: 'COST_LIMIT_EXCEEDED' },
    },
  ],
});

describe('the cost limit', () => {
  it('runs a query that costs exactly the limit', async () => {
    const result = await post(app.url, { query: regions('(first: 10)') });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.regions.edges.map((e: any) => e.node.code)).toContain('370305');
  });

  it('refuses a page of one more', async () => {
    const result = await post(app.url, { query: regions('(first: 11)') });
    expect([result.status, result.body]).toEqual([400, tooCostly('found 34')]);
  });

  it('reads the page size from variables, and counts the default page size when none is given', async () => {
    const query = 'query Regions($n: Int) { regions(first: $n) { edges { node { code } } } }';
    expect((await post(app.url, { query, variables: { n: 10 } })).status).toBe(200);
    const byVariable = await post(app.url, { query, variables: { n: 11 } });
    expect([byVariable.status, byVariable.body]).toEqual([400, tooCostly('found 34')]);
    const byDefault = await post(app.url, { query: regions('') });
    expect([byDefault.status, byDefault.body]).toEqual([400, tooCostly('found 61')]);
  });

  it('adds up aliased copies of a cheap field', async () => {
    const result = await post(app.url, { query: '{ a: regions(first: 5) { edges { node { code } } } b: regions(first: 5) { edges { node { code } } } }' });
    expect([result.status, result.body]).toEqual([400, tooCostly('found 32')]);
  });

  it('refuses fragments that spread each other into an explosion of selections', async () => {
    const spreads = (name: string) => Array(10).fill(`...${name}`).join(' ');
    const query = `{ region(code: "370305") { ...A } }
      fragment A on Region { ${spreads('B')} }
      fragment B on Region { ${spreads('C')} }
      fragment C on Region { ${spreads('D')} }
      fragment D on Region { ${spreads('E')} }
      fragment E on Region { name }`;
    const result = await post(app.url, { query });
    expect([result.status, result.body]).toEqual([400, tooCostly('more than 10000 field selections once fragments are expanded')]);
  });
});
