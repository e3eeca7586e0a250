import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloGateway } from '@apollo/gateway';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import { statementCountPlugin } from './statement-count-plugin.js';

export function createApolloServer(gateway: ApolloGateway, httpServer: Server, config: Config): ApolloServer<RequestContext> {
  const production = config.NODE_ENV === 'production';
  return new ApolloServer<RequestContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: config.NODE_ENV === 'development',
    // Shutdown is ours: main.ts stops the HTTP server, Apollo and the database in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      ...(production ? [] : [statementCountPlugin]),
    ],
  });
}
