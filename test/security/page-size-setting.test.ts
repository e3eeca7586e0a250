import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

// MAX_PAGE_SIZE moves the limit of every connection, root and nested alike.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_PAGE_SIZE: '2' });
});
afterAll(() => app?.stop());

describe('MAX_PAGE_SIZE', () => {
  it('serves a page of exactly the configured size', async () => {
    const { regions } = await app.data('{ regions(first: 2) { edges { node { code } } } }');
    expect(regions.edges).toEqual([{ node: { code: '370000' } }, { node: { code: '370300' } }]);
  });

  it('refuses one more, at the root and nested, with the configured size in the message', async () => {
    const message = '"first" must be between 1 and 2; got 3. Page through longer lists with "after".';
    const root = await app.graphql('{ regions(first: 3) { totalCount } }');
    expect(root.body).toEqual({ data: null, errors: [{ message, path: ['regions'], extensions: { code: 'PAGE_SIZE_LIMIT_EXCEEDED', argumentName: 'first', serviceName: 'directory' } }] });
    const nested = await app.graphql('{ governments(first: 1) { edges { node { reports(first: 3) { totalCount } } } } }');
    expect(nested.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, 'PAGE_SIZE_LIMIT_EXCEEDED']]);
  });
});
