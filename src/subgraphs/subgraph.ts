import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ReferenceResolver = (representation: any, context: RequestContext) => unknown;

export interface SubgraphDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** `__resolveReference` per entity type this subgraph can resolve from a representation. */
  references: Record<string, ReferenceResolver>;
  /**
   * Types no field of this subgraph returns, such as another subgraph's entity that this one only
   * adds fields to: type-graphql leaves unreachable types out unless they are named here.
   */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
}

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/**
 * type-graphql knows nothing of federation: it builds a plain schema whose types carry the
 * federation directives as AST, which @apollo/subgraph then turns into a real subgraph.
 */
export async function buildSubgraph(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const plain = await buildSchema({ resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(plain)}`);
  const resolvers: Record<string, object> = { ...createResolversMap(plain) };
  for (const [typeName, resolveReference] of Object.entries(definition.references)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as any });
}
