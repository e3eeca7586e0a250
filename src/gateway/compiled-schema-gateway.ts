import type { ApolloGateway } from '@apollo/gateway';
import { type GraphQLSchema, printSchema } from 'graphql';
import { CompiledOperations } from './compiled-operations.js';

type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/**
 * One schema served by Apollo Server through its gateway interface, the only way it takes another
 * executor: operations run compiled (compiled-operations.ts), as the in-process gateway runs its
 * subgraphs, so a subgraph served alone and the federated gateway execute alike.
 */
export function compiledSchemaGateway(schema: GraphQLSchema): Gateway {
  const operations = new CompiledOperations(schema);
  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      const coreSupergraphSdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl });
      return {
        schema,
        // Apollo has parsed and validated the document against this schema already.
        executor: async ({ source, document, operationName, request, context }) =>
          operations.execute(source, operationName ?? undefined, context, request.variables, document),
      };
    },
    async stop() {
      listeners.clear();
    },
  };
}
