import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, subgraphSdl } from '../../src/gateway/compose.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { buildSubgraphs } from '../../src/subgraphs/index.js';

const read = (name: string) => readFile(fromProjectRoot('schema', `${name}.graphql`), 'utf8');
const HOW_TO_FIX = 'schema/ is out of date with the code: run `npm run schema` and commit the result';

describe('the committed schema files are generated from the code', async () => {
  const subgraphs = await buildSubgraphs();

  it('has one file per subgraph, each equal to what the code builds', async () => {
    expect([...subgraphs.keys()]).toEqual(['directory', 'reports', 'requests', 'pilots']);
    for (const [name, schema] of subgraphs) {
      expect(await read(name), `${HOW_TO_FIX} (schema/${name}.graphql)`).toBe(subgraphSdl(schema));
    }
  });

  it('commits the supergraph that the subgraphs compose into', async () => {
    expect(await read('supergraph'), `${HOW_TO_FIX} (schema/supergraph.graphql)`).toBe(composeSupergraph(subgraphs));
  });
});
