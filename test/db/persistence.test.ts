import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Department } from '../../src/subgraphs/directory/department.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const dataDir = await mkdtemp(join(tmpdir(), 'disclosure-gateway-data-'));
let app: TestApp | undefined;
afterAll(async () => {
  await app?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('data survives a restart', () => {
  it('keeps edits and does not seed a second time', async () => {
    app = await startTestApp({ DATA_DIR: dataDir });
    const em = app.database.orm.em.fork();
    const office = await em.findOneOrFail(Department, { name: '区政府办公室' });
    office.name = '区政府办公室（已更名）';
    await em.flush();
    await app.stop();

    app = await startTestApp({ DATA_DIR: dataDir }, { freshDatabase: false });
    const { body } = await app.graphql('{ reports { totalCount } governments { edges { node { departments { name } } } } }');
    expect((body.data as any).reports.totalCount).toBe(1);
    expect((body.data as any).governments.edges[0].node.departments.map((d: { name: string }) => d.name)).toContain('区政府办公室（已更名）');
  });
});
