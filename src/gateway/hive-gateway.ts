import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { fromProjectRoot } from '../project-root.js';

/**
 * The committed supergraph served by Hive Gateway's runtime (MIT licensed), the alternative to
 * @apollo/gateway for split mode. Subgraph URLs come from the caller (the supergraph holds
 * `local://` placeholders), the HTTP transport is given directly rather than looked up at run
 * time, and no usage reporting is configured, so it calls nothing but the subgraphs.
 */
export async function createHiveGatewayServer(subgraphUrls: Record<string, string>): Promise<Server> {
  const supergraph = await readFile(fromProjectRoot('schema', 'supergraph.graphql'), 'utf8');
  const gateway = createGatewayRuntime({
    supergraph,
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(Object.entries(subgraphUrls).map(([name, location]) => [name, { kind: 'http', location }])),
    graphiql: false,
    landingPage: false,
    logging: false,
  });
  return createServer(gateway);
}
