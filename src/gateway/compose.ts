import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';

/** Each subgraph's SDL, as a router sees it. */
export function subgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}

/** Composes the subgraphs into the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(subgraphs: Map<string, GraphQLSchema>): string {
  const result = composeServices(
    [...subgraphs].map(([name, schema]) => ({ name, url: `local://${name}`, typeDefs: parse(subgraphSdl(schema)) })),
  );
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n  ${result.errors.map((e) => e.message).join('\n  ')}`);
  }
  return result.supergraphSdl;
}
