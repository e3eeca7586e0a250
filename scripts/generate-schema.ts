/**
 * Writes schema/<subgraph>.graphql and schema/supergraph.graphql from the code. Run it after
 * changing a type or field, and commit the result: the gateway serves the committed supergraph,
 * and a test fails when it drifts from the code. `generate-schema.ts <folder>` writes them there
 * instead (the test does, to compare).
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { composeSupergraph, subgraphSdl } from '../src/gateway/compose.js';
import { fromProjectRoot } from '../src/project-root.js';
import { buildSubgraphs } from '../src/subgraphs/index.js';

const folder = process.argv[2] ?? fromProjectRoot('schema');
const subgraphs = await buildSubgraphs();
await mkdir(folder, { recursive: true });
const write = async (name: string, sdl: string) => {
  await writeFile(join(folder, `${name}.graphql`), sdl);
  console.log(relative(process.cwd(), join(folder, `${name}.graphql`)));
};
for (const [name, schema] of subgraphs) await write(name, subgraphSdl(schema));
await write('supergraph', composeSupergraph(subgraphs));
