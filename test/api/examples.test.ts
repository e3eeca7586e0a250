import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';
import { addSyntheticReports } from '../support/synthetic-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The operations users copy from examples/ must keep answering exactly as documented, at a
// cost in SQL statements that does not grow with the data: compiled into one statement where
// they can be (SQL-JSON, the default), and through the batched resolvers too, as a server with
// SQL_JSON off runs them (it shares the database).
const examplesDir = fromProjectRoot('examples');
const operations = (await readdir(examplesDir, { recursive: true })).filter((f) => f.endsWith('.graphql')).sort();
const read = (file: string) => readFile(join(examplesDir, file), 'utf8');

let app: TestApp;
let resolvers: TestApp;
const statementsOnSeed = new Map<string, [compiled: number, resolvers: number]>();
beforeAll(async () => {
  app = await startTestApp();
  resolvers = await startTestApp({ SQL_JSON: 'false' }, { database: app.database });
});
afterAll(async () => {
  await resolvers?.stop();
  await app?.stop();
});

describe('the example operations in examples/', () => {
  it('cover every group of users', () => {
    expect(operations).toEqual(['analyst/applications-and-appeals.graphql', 'analyst/broken-findings.graphql', 'analyst/regional-statistics.graphql', 'analyst/report-coverage.graphql', 'analyst/text-reuse.graphql', 'frontend/report-page.graphql', 'provincial/pilot-progress-feed.graphql', 'provincial/pilot-progress.graphql', 'provincial/pilot-summary.graphql']);
  });

  it.each(operations)('%s answers with its .response.json', async (file) => {
    const expected = JSON.parse(await read(file.replace(/\.graphql$/, '.response.json')));
    const result = await app.graphql(await read(file));
    expect(result.body, relative(fromProjectRoot(), join(examplesDir, file))).toEqual(expected);
    const resolved = await resolvers.graphql(await read(file));
    expect(resolved.body, `${file} through the resolvers`).toEqual(expected);
    statementsOnSeed.set(file, [result.sqlStatements, resolved.sqlStatements]);
  });

  it('cost the same number of SQL statements over 60 more governments with 2017 reports', async () => {
    await addSyntheticReports(app.database.orm, 60, 2017);
    const grown = new Map<string, [number, number]>();
    for (const file of operations) {
      const [result, resolved] = [await app.graphql(await read(file)), await resolvers.graphql(await read(file))];
      expect([result.body.errors, resolved.body.errors], file).toEqual([undefined, undefined]);
      grown.set(file, [result.sqlStatements, resolved.sqlStatements]);
    }
    const analyst = await app.graphql(await read('analyst/applications-and-appeals.graphql'));
    expect((analyst.body.data as any).reports.totalCount).toBe(61);
    expect(grown).toEqual(statementsOnSeed);
  });
});
