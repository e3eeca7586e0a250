import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The operations users copy from examples/ must keep answering exactly as documented.
const examplesDir = fromProjectRoot('examples');
const operations = (await readdir(examplesDir, { recursive: true })).filter((f) => f.endsWith('.graphql')).sort();

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('the example operations in examples/', () => {
  it('has some for every group of users', () => {
    expect(operations.map((f) => f.split('/')[0])).toEqual(expect.arrayContaining(['analyst', 'frontend', 'provincial']));
  });

  it.each(operations)('%s answers with its .response.json', async (file) => {
    const query = await readFile(join(examplesDir, file), 'utf8');
    const expected = JSON.parse(await readFile(join(examplesDir, file.replace(/\.graphql$/, '.response.json')), 'utf8'));
    const result = await app.graphql(query);
    expect(result.body, relative(fromProjectRoot(), join(examplesDir, file))).toEqual(expected);
  });
});
