import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { post } from './support.js';

// Every connection in the schema refuses a page over MAX_PAGE_SIZE (100) with its own code.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const TOO_LARGE = '"first" must be between 1 and 100; got 101. Page through longer lists with "after".';

/** How to reach one row of each type that carries a connection, from the root. */
const ONE_ROW: Record<string, (selection: string) => string> = {
  Query: (selection) => `{ ${selection} }`,
  Government: (selection) => `{ governments(first: 1) { edges { node { ${selection} } } } }`,
  Department: (selection) => `{ departments(first: 1) { edges { node { ${selection} } } } }`,
  Region: (selection) => `{ regions(first: 1) { edges { node { ${selection} } } } }`,
  Report: (selection) => `{ reports(first: 1) { edges { node { ${selection} } } } }`,
  KeyDomain: (selection) => `{ keyDomainCatalogue { ${selection} } }`,
  StatisticsGroup: (selection) => `{ reportStatistics(groupBy: [YEAR]) { ${selection} } }`,
};

async function connectionFields(): Promise<string[]> {
  const { __schema } = await app.data('{ __schema { types { name kind fields { name args { name } type { name ofType { name } } } } } }');
  const fields: string[] = [];
  for (const type of __schema.types) {
    if (type.kind !== 'OBJECT' || type.name.startsWith('__')) continue;
    for (const field of type.fields) {
      const returned = field.type.name ?? field.type.ofType?.name;
      if (returned?.endsWith('Connection')) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields.sort();
}

describe('the page size limit', () => {
  it('refuses 101 and serves 100 on every connection of the schema, at the root and nested', async () => {
    const fields = await connectionFields();
    expect(fields.length).toBeGreaterThanOrEqual(10);
    for (const field of fields) {
      const [type, name] = field.split('.');
      const reach = ONE_ROW[type];
      expect(reach, `add a way to reach a ${type} to ONE_ROW, so ${field} is checked`).toBeDefined();
      const over = await post(app.url, { query: reach(`${name}(first: 101) { totalCount }`) });
      expect(over.status, field).toBe(200);
      expect(
        over.body.errors.map((e: any) => [e.message, e.extensions.code]),
        field,
      ).toEqual([[TOO_LARGE, 'PAGE_SIZE_LIMIT_EXCEEDED']]);
      const atLimit = await post(app.url, { query: reach(`${name}(first: 100) { totalCount }`) });
      expect(atLimit.body.errors, field).toBeUndefined();
    }
  });

  it('answers a root connection over the limit with the whole error and no data', async () => {
    const result = await post(app.url, { query: '{ regions(first: 101) { totalCount } }' });
    expect([result.status, result.body]).toEqual([
      200,
      { data: null, errors: [{ message: TOO_LARGE, path: ['regions'], extensions: { code: 'PAGE_SIZE_LIMIT_EXCEEDED', argumentName: 'first', serviceName: 'directory' } }] },
    ]);
  });

  it('cannot be dodged with a variable or an alias', async () => {
    const byVariable = await post(app.url, { query: 'query Big($n: Int) { regions(first: $n) { totalCount } }', variables: { n: 101 } });
    expect(byVariable.body.errors.map((e: any) => e.extensions.code)).toEqual(['PAGE_SIZE_LIMIT_EXCEEDED']);
    const byAlias = await post(app.url, { query: '{ all: regions(first: 101) { totalCount } }' });
    expect(byAlias.body.errors.map((e: any) => [e.path, e.extensions.code])).toEqual([[['all'], 'PAGE_SIZE_LIMIT_EXCEEDED']]);
  });

  it('keeps zero and negative pages as plain bad input', async () => {
    const result = await post(app.url, { query: '{ regions(first: 0) { totalCount } }' });
    expect(result.body.errors.map((e: any) => [e.message, e.extensions.code])).toEqual([
      ['"first" must be between 1 and 100; got 0. Page through longer lists with "after".', 'BAD_USER_INPUT'],
    ]);
  });
});
