import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger.js';
import { currentStatementTally } from '../db/statement-counter.js';
import type { RequestContext } from '../graphql/context.js';
import type { Metrics } from './metrics.js';

/**
 * One place that sees every GraphQL answer: it counts it (by operation name and error code,
 * with its latency and SQL statements) and logs one line about it with the request id, which
 * the same request's lines in the subgraphs carry too.
 */
export function observabilityPlugin(metrics: Metrics, logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = metrics.operationLabel(operationName ?? request.operationName);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const sqlStatements = currentStatementTally()?.sqlStatements;
          metrics.requests.inc({ operation, outcome: codes.length ? 'error' : 'ok' });
          metrics.requestDuration.observe({ operation }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          if (sqlStatements !== undefined) metrics.sqlStatements.observe(sqlStatements);
          const line = { requestId: contextValue?.requestId, operation, ms: Math.round(seconds * 1000), sqlStatements, ...(codes.length ? { errors: codes } : {}) };
          if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'DATABASE_UNAVAILABLE' || code === 'SUBGRAPH_UNAVAILABLE')) logger.warn(line, 'graphql request failed');
          else logger.info(line, 'graphql request');
        },
      };
    },
  };
}
