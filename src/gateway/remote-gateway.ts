import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import { ConfigError, type Config } from '../config.js';
import type { Metrics } from '../observability/metrics.js';
import { fromProjectRoot } from '../project-root.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { SubgraphDataSource, type SubgraphSettings } from './remote-data-source.js';

const SUPERGRAPH_PATH = fromProjectRoot('schema', 'supergraph.graphql');

/** Each subgraph's URL, timeout and retries from the configuration; every subgraph needs a URL and no unknown name may appear. */
export function subgraphSettings(config: Config): SubgraphSettings[] {
  const urls = config.SUBGRAPH_URLS ?? {};
  const known = SUBGRAPHS.map((s) => s.name);
  const problems = [
    ...known.filter((name) => !urls[name]).map((name) => `SUBGRAPH_URLS has no URL for the ${name} subgraph`),
    ...Object.keys(urls).filter((name) => !known.includes(name)).map((name) => `SUBGRAPH_URLS names "${name}"; the subgraphs are ${known.join(', ')}`),
    ...Object.keys(config.SUBGRAPH_TIMEOUTS_MS).filter((name) => !known.includes(name)).map((name) => `SUBGRAPH_TIMEOUTS_MS names "${name}"; the subgraphs are ${known.join(', ')}`),
  ];
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return known.map((name) => ({
    name,
    url: urls[name]!,
    timeoutMs: config.SUBGRAPH_TIMEOUTS_MS[name] ?? config.SUBGRAPH_TIMEOUT_MS,
    queryRetries: config.SUBGRAPH_QUERY_RETRIES,
  }));
}

/**
 * Split mode: the gateway plans over the same committed supergraph, and fetches each part of a
 * plan from the subgraph's own server over HTTP (see remote-data-source.ts for timeouts,
 * retries and the answer when a subgraph is down).
 */
export async function createRemoteGateway(subgraphs: SubgraphSettings[], metrics: Metrics): Promise<ApolloGateway> {
  const supergraphSdl = await readFile(SUPERGRAPH_PATH, 'utf8');
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true'; // as in in-process-gateway.ts: no calls home
  const byName = new Map(subgraphs.map((s) => [s.name, s]));
  return new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const settings = byName.get(name);
      if (!settings) throw new Error(`schema/supergraph.graphql names a subgraph "${name}" that the code does not define; run npm run schema.`);
      return new SubgraphDataSource(settings, metrics);
    },
  });
}
