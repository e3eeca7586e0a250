import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_TOKENS: GraphQL Armor's parser counts tokens as it reads and stops at the first one over.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_TOKENS: '11' });
});
afterAll(() => app?.stop());

// { region ( code : "370305" ) { name } } is 11 tokens.
const ELEVEN = '{ region(code: "370305") { name } }';
const OVER = {
  errors: [{ message: "Token limit of 11 exceeded. Send a shorter document (the server's MAX_TOKENS).", extensions: { code: 'TOKEN_LIMIT_EXCEEDED' } }],
};

describe('the token limit', () => {
  it('runs a document of exactly as many tokens as allowed; comments and commas are not tokens', async () => {
    expect((await post(app.url, { query: ELEVEN })).body).toEqual({ data: { region: { name: '临淄区' } } });
    const commented = await post(app.url, { query: `# 临淄区的名称\n{ region(code: "370305",) { name, } }` });
    expect([commented.status, commented.body]).toEqual([200, { data: { region: { name: '临淄区' } } }]);
  });

  it('refuses one token more', async () => {
    const result = await post(app.url, { query: '{ region(code: "370305") { name code } }' });
    expect([result.status, result.body]).toEqual([400, OVER]);
  });

  it('refuses a document over the limit even when it would not parse, before parsing it whole', async () => {
    const result = await post(app.url, { query: `{ region(code: "370305") { ${'name '.repeat(1000)}` });
    expect([result.status, result.body]).toEqual([400, OVER]);
  });

  it('leaves a short malformed document to the parser, which says where it is wrong', async () => {
    const result = await post(app.url, { query: '{ region(code: "370305") { name }' });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ errors: [{ message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 34 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
  });
});
