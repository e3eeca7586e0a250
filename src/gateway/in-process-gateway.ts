import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { SKIPPED_FETCH } from '../server/execution-timeout.js';
import type { RequestContext } from '../graphql/context.js';
import { fromProjectRoot } from '../project-root.js';
import { CompiledLocalDataSource } from './compiled-local-data-source.js';

const SUPERGRAPH_PATH = fromProjectRoot('schema', 'supergraph.graphql');

/**
 * The gateway plans over the committed supergraph and calls each subgraph's schema in this
 * process, compiled (compiled-local-data-source.ts): no HTTP between them, and the request
 * context (one EntityManager, one set of loaders) reaches every subgraph resolver.
 */
export async function createInProcessGateway(subgraphs: Map<string, GraphQLSchema>): Promise<ApolloGateway> {
  const supergraphSdl = await readFile(SUPERGRAPH_PATH, 'utf8');
  // Unless told otherwise, @apollo/gateway probes cloud metadata addresses and exports usage
  // metrics to Apollo from its constructor. A gateway over government data phones nobody home;
  // this environment variable is the only switch it has.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  return new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const schema = subgraphs.get(name);
      if (!schema) throw new Error(`schema/supergraph.graphql names a subgraph "${name}" that the code does not define; run npm run schema.`);
      return new DeadlineAwareDataSource(schema);
    },
  });
}

/** Skips a subgraph fetch once the operation has run out of time (see server/execution-timeout.ts). */
class DeadlineAwareDataSource extends CompiledLocalDataSource {
  override async process(options: Parameters<CompiledLocalDataSource['process']>[0]) {
    if ((options.context as Partial<RequestContext>).execution?.signal.aborted) {
      return SKIPPED_FETCH;
    }
    return super.process(options);
  }
}
