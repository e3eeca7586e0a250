import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// MAX_DIRECTIVES: directives counted by GraphQL Armor, inside fragments once per spread.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_DIRECTIVES: '3' });
});
afterAll(() => app?.stop());

const tooMany = (found: number) => ({
  errors: [{ message: `Directives limit of 3 exceeded, found ${found}. Use fewer directives (the server's MAX_DIRECTIVES).`, extensions: { code: 'DIRECTIVE_LIMIT_EXCEEDED' } }],
});

describe('the directive limit', () => {
  it('runs an operation with as many directives as allowed', async () => {
    const result = await post(app.url, { query: '{ region(code: "370305") { name @include(if: true) code @skip(if: true) level @include(if: true) } }' });
    expect([result.status, result.body]).toEqual([200, { data: { region: { name: '临淄区', level: 'COUNTY' } } }]);
  });

  it('refuses one directive more, even a repeated harmless one', async () => {
    const result = await post(app.url, { query: '{ region(code: "370305") { name @include(if: true) @skip(if: false) code @skip(if: true) level @include(if: true) } }' });
    expect([result.status, result.body]).toEqual([400, tooMany(4)]);
  });

  it('counts the directives of a fragment each time it is spread', async () => {
    const query = `{ region(code: "370305") { ...Named parent { ...Named } } }
      fragment Named on Region { name @include(if: true) code @skip(if: true) }`;
    const result = await post(app.url, { query });
    expect([result.status, result.body]).toEqual([400, tooMany(4)]);
  });
});
