import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { bearer, keyFor, post } from '../security/support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { linziAreas, reportProgress } from './support.js';

// Writers and a provincial puller at the same time: the puller's picture must end up exactly the
// database's, with no update missed and none twice.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const WRITERS = 4;
const STATEMENTS_PER_WRITER = 20;
const PULL = `query Pull($after: String) { pilotProgressFeed(region: "370000", first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('pulling the feed while editors write', () => {
  it('ends with every update exactly once, in commit order', async () => {
    const admin = bearer(await keyFor(app.database.orm, ApiKeyRole.ADMIN));
    const areaIds = [...(await linziAreas(app)).values()].slice(0, WRITERS);
    const pulled: string[] = [];
    let cursor: string | null = null;
    const pullOnce = async () => {
      const { body } = await post(app.url, { query: PULL, variables: { after: cursor } });
      const feed = body.data.pilotProgressFeed;
      pulled.push(...feed.edges.map((e: { node: { id: string } }) => e.node.id));
      cursor = feed.pageInfo.endCursor;
      return feed.pageInfo.hasNextPage as boolean;
    };

    let writing = true;
    const writers = areaIds.map(async (areaId) => {
      for (let i = 1; i <= STATEMENTS_PER_WRITER; i++) {
        const { body } = await reportProgress(app, { areaId, phase: 2, status: 'IN_PROGRESS', percent: i, note: `第${i}次汇总`, asOf: '2018-01-25' }, admin);
        expect(body.errors).toBeUndefined();
      }
    });
    const puller = (async () => {
      while (writing) await pullOnce();
      while (await pullOnce());
    })();
    await Promise.all(writers);
    writing = false;
    await puller;

    const rows: { id: number }[] = await app.database.orm.em.fork().getConnection().execute('select id from progress_update order by sequence');
    // The seed's five statements and every one the writers made, each once, in sequence order.
    expect(rows).toHaveLength(5 + WRITERS * STATEMENTS_PER_WRITER);
    expect(pulled).toEqual(rows.map((r) => String(r.id)));
  });
});
