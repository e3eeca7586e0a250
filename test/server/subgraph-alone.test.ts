import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { seedIfEmpty } from '../../src/importer/seed-database.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { startSubgraphApp } from '../../src/subgraph-app.js';
import { postGraphQL, REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';

const config = loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'silent' });
let app: RunningApp;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  app = await startSubgraphApp('reports', config);
  await seedIfEmpty(app.database.orm, fromProjectRoot('seeds'));
});
afterAll(() => app?.stop());

describe('a subgraph served alone (npm run start:subgraph -- reports)', () => {
  it('answers its own fields over HTTP, with the statement count', async () => {
    const result = await postGraphQL(app.url, '{ reports { totalCount edges { node { year government { id } } } } }');
    expect(result.body).toEqual({ data: { reports: { totalCount: 1, edges: [{ node: { year: 2017, government: { id: '1' } } }] } } });
    // Columns and a declared join: one SQL-JSON statement (src/sql-json/).
    expect(result.sqlStatements).toBe(1);
  });

  it('speaks federation: its SDL, and entities by key for a router', async () => {
    const sdl = await postGraphQL(app.url, '{ _service { sdl } }');
    expect((sdl.body.data as { _service: { sdl: string } })._service.sdl).toMatch(/\ntype Report\s+@key\(fields: "id"\)/);
    const entities = await postGraphQL(app.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { year } } }', {
      r: [{ __typename: 'Report', id: '1' }],
    });
    expect(entities.body).toEqual({ data: { _entities: [{ year: 2017 }] } });
  });

  it('refuses to start a subgraph that does not exist, naming the ones that do', async () => {
    await expect(startSubgraphApp('ledger', config)).rejects.toThrowError('no subgraph "ledger"; the subgraphs are directory, reports, requests, pilots');
  });
});
