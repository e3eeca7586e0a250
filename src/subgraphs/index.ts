import type { GraphQLSchema } from 'graphql';
import { directorySubgraph } from './directory/index.js';
import { pilotsSubgraph } from './pilots/index.js';
import { reportsSubgraph } from './reports/index.js';
import { requestsSubgraph } from './requests/index.js';
import { buildSubgraph, type SubgraphDefinition } from './subgraph.js';

export const SUBGRAPHS: SubgraphDefinition[] = [directorySubgraph, reportsSubgraph, requestsSubgraph, pilotsSubgraph];

export type SubgraphName = 'directory' | 'reports' | 'requests' | 'pilots';

/** Every subgraph's executable schema, by name. */
export async function buildSubgraphs(): Promise<Map<string, GraphQLSchema>> {
  const built = await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await buildSubgraph(s)] as const));
  return new Map(built);
}
