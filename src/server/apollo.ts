import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloGateway } from '@apollo/gateway';
import { type Config, developerTools } from '../config.js';
import { stringifyResult } from '../sql-json/data-text.js';
import type { RequestContext } from '../graphql/context.js';
import { withExecutionTimeout } from './execution-timeout.js';
import { createFormatError } from './format-error.js';
import { queryCostPlugin, queryLimitRules } from './query-limits.js';
import { requestGatePlugin } from './request-gate-plugin.js';
import { statementCountPlugin } from './statement-count-plugin.js';
import type { TrustedDocuments } from './trusted-documents.js';

export function createApolloServer(gateway: ApolloGateway, httpServer: Server, config: Config, trusted: TrustedDocuments | null = null, extraPlugins: ApolloServerPlugin<RequestContext>[] = []): ApolloServer<RequestContext> {
  const production = config.NODE_ENV === 'production';
  const { introspection, sandbox } = developerTools(config);
  return new ApolloServer<RequestContext>({
    gateway: withExecutionTimeout(gateway, config.EXECUTION_TIMEOUT_MS),
    introspection,
    includeStacktraceInErrorResponses: config.NODE_ENV === 'development',
    formatError: createFormatError(production),
    stringifyResult,
    // Browsers may not send a simple (form or text/plain) request without a preflight. On by default; said here so nobody turns it off unawares.
    csrfPrevention: true,
    // With a trusted-documents list, the list is the only way to name an operation by hash.
    persistedQueries: trusted ? false : undefined,
    validationRules: queryLimitRules(config),
    // Shutdown is ours: main.ts stops the HTTP server, Apollo and the database in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS }),
      sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      requestGatePlugin(config, trusted),
      queryCostPlugin(config),
      ...(production ? [] : [statementCountPlugin]),
      ...extraPlugins,
    ],
  });
}
