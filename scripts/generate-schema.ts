/**
 * Writes schema/<subgraph>.graphql and schema/supergraph.graphql from the code. Run it after
 * changing a type or field, and commit the result: the gateway serves the committed supergraph,
 * and a test fails when it drifts from the code.
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { composeSupergraph, subgraphSdl } from '../src/gateway/compose.js';
import { fromProjectRoot } from '../src/project-root.js';
import { buildSubgraphs } from '../src/subgraphs/index.js';

const subgraphs = await buildSubgraphs();
await mkdir(fromProjectRoot('schema'), { recursive: true });
for (const [name, schema] of subgraphs) {
  await writeFile(fromProjectRoot('schema', `${name}.graphql`), subgraphSdl(schema));
  console.log(`schema/${name}.graphql`);
}
await writeFile(fromProjectRoot('schema', 'supergraph.graphql'), composeSupergraph(subgraphs));
console.log('schema/supergraph.graphql');
