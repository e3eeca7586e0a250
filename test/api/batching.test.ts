import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withNaiveLoaders } from '../../src/db/loader-mode.js';
import { withStatementTally } from '../../src/db/statement-counter.js';
import { createRequestContext } from '../../src/graphql/context.js';
import { buildSubgraphs } from '../../src/subgraphs/index.js';
import { addSyntheticReports } from '../support/synthetic-reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let governmentIds: number[];
beforeAll(async () => {
  app = await startTestApp();
  governmentIds = await addSyntheticReports(app.database.orm, 60);
});
afterAll(() => app?.stop());

const dashboard = `query Dashboard($first: Int!) {
  reports(first: $first, filter: { year: 2018 }) {
    totalCount
    edges { node { year title government { name region { name parent { name } } departments { name } }
      sections { heading } channelFigures { items channel { name } } } }
  }
}`;

describe('SQL statements per request depend on the query, not on the list sizes', () => {
  it('costs the same for 1 report and for 50, each with its government, region, sections and channel figures', async () => {
    const one = await app.graphql(dashboard, { first: 1 });
    const fifty = await app.graphql(dashboard, { first: 50 });
    expect(one.body.errors).toBeUndefined();
    expect(fifty.body.errors).toBeUndefined();
    expect((one.body.data as any).reports.edges).toHaveLength(1);
    expect((fifty.body.data as any).reports.edges).toHaveLength(50);
    expect((fifty.body.data as any).reports.totalCount).toBe(60);
    expect((fifty.body.data as any).reports.edges[49].node.channelFigures).toHaveLength(5);
    // page + count, governments, regions, parent regions, departments, sections, channel figures, channels
    expect(one.sqlStatements).toBe(9);
    expect(fifty.sqlStatements).toBe(9);
  });

  it('sends one SELECT per row only in the naive mode the benchmark compares against (LOADER_BATCHING=false)', async () => {
    const schema = (await buildSubgraphs()).get('reports')!;
    const document = parse('{ reports(first: 50, filter: { year: 2018 }) { edges { node { sections { heading } channelFigures { items } } } } }');
    const run = async (naive: boolean) => {
      const tally = { sqlStatements: 0 };
      const work = () => withStatementTally(() => execute({ schema, document, contextValue: createRequestContext(app.database.orm) }), tally);
      const result = await (naive ? withNaiveLoaders(work) : work());
      expect(result.errors).toBeUndefined();
      return tally.sqlStatements;
    };
    // page and count, then sections and channel figures: once for all 50 reports, or once per report
    expect(await run(false)).toBe(4);
    expect(await run(true)).toBe(2 + 50 + 50);
  });

  it('resolves the references of many governments, repeated ones included, in one SELECT', async () => {
    const subgraphs = await buildSubgraphs();
    const representations = [...governmentIds, ...governmentIds].map((id) => ({ __typename: 'Government', id: String(id) }));
    const tally = { sqlStatements: 0 };
    const result = await withStatementTally(
      () =>
        execute({
          schema: subgraphs.get('directory')!,
          document: parse('query($r: [_Any!]!) { _entities(representations: $r) { ... on Government { id name } } }'),
          variableValues: { r: representations },
          contextValue: createRequestContext(app.database.orm),
        }),
      tally,
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities as { id: string; name: string }[];
    expect(entities).toHaveLength(120);
    expect(entities[0]).toEqual({ id: String(governmentIds[0]), name: '合成县1人民政府' });
    expect(entities[119]).toEqual({ id: String(governmentIds[59]), name: '合成县60人民政府' });
    expect(tally.sqlStatements).toBe(1);
  });
});
