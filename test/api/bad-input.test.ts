import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let reportId: string;
beforeAll(async () => {
  app = await startTestApp();
  reportId = ((await app.graphql('{ reports { edges { node { id } } } }')).body.data as any).reports.edges[0].node.id;
});
afterAll(() => app?.stop());

const codes = (result: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => result.body.errors?.map((e) => e.extensions?.code);

describe('bad input gets a clear error with a code', () => {
  it('refuses malformed GraphQL with GRAPHQL_PARSE_FAILED and the position', async () => {
    const result = await app.graphql('{ reports { edges { node { year } }');
    expect(result.status).toBe(400);
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0]).toMatchObject({
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 36 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('refuses a field that does not exist with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await app.graphql('{ reports { edges { node { yaer } } } }');
    expect(result.status).toBe(400);
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.body.errors![0].message).toBe('Cannot query field "yaer" on type "Report". Did you mean "year"?');
  });

  it('refuses a page larger than the maximum, saying how to page instead', async () => {
    const result = await app.graphql('{ reports(first: 500) { totalCount } }');
    expect(result.body.data).toBeNull();
    expect(codes(result)).toEqual(['PAGE_SIZE_LIMIT_EXCEEDED']);
    expect(result.body.errors![0].message).toBe('"first" must be between 1 and 100; got 500. Page through longer lists with "after".');
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await app.graphql('{ reports(after: "bogus") { totalCount } }');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.body.errors![0].message).toBe('"after" is not a cursor this API issued: "bogus". Use a cursor from pageInfo.endCursor or edges.cursor.');
  });

  it('refuses a malformed id, and reports an unknown one as NOT_FOUND', async () => {
    const malformed = await app.graphql('{ report(id: "abc") { year } }');
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.body.errors![0].message).toBe('"abc" is not a valid Report id: ids are positive integers, as returned by the API.');
    const unknown = await app.graphql('{ report(id: "999999") { year } }');
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.body.errors![0].message).toBe('No Report with id "999999". Look it up through a list field first.');
  });

  it('keeps the rest of the response when one field fails', async () => {
    const result = await app.graphql(`{ good: report(id: "${reportId}") { year government { name } } bad: region(code: "999999") { name } }`);
    expect(result.body).toEqual({
      data: { good: { year: 2017, government: { name: '临淄区人民政府' } }, bad: null },
      errors: [
        {
          message: 'No Region with code "999999". Look it up through a list field first.',
          path: ['bad'],
          extensions: { code: 'NOT_FOUND', typeName: 'Region', argumentName: 'code', serviceName: 'directory' },
        },
      ],
    });
  });
});
