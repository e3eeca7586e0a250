import type { ApolloGateway } from '@apollo/gateway';
import type { RequestContext } from '../graphql/context.js';
import { LIMIT_CODES, limitError } from './limit-codes.js';

/** What a subgraph fetch not yet started answers once the operation has run out of time. */
export const SKIPPED_FETCH = { errors: [{ message: 'Skipped: the operation ran out of time.', extensions: { code: LIMIT_CODES.executionTimeout } }] };

type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;
type Executor = NonNullable<Awaited<ReturnType<ApolloGateway['load']>>['executor']>;

/**
 * Bounds how long the gateway executes one operation. When time runs out the client is answered
 * at once with EXECUTION_TIMEOUT (HTTP 504, as a gateway whose upstream is too slow), and the
 * request's `execution` signal is aborted so the subgraph fetches still to come are skipped; a
 * SQL statement already running finishes on its own and its result is dropped.
 */
export function withExecutionTimeout(gateway: Gateway, timeoutMs: number): Gateway {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      return loaded.executor ? { ...loaded, executor: timed(loaded.executor, timeoutMs) } : loaded;
    },
  };
}

function timed(executor: Executor, timeoutMs: number): Executor {
  return async (requestContext) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Awaited<ReturnType<Executor>>>((resolve) => {
      timer = setTimeout(() => {
        (requestContext.context as RequestContext).execution.abort();
        if (requestContext.response?.http) requestContext.response.http.status = 504;
        resolve({
          data: null,
          errors: [
            limitError(
              LIMIT_CODES.executionTimeout,
              `The operation ran longer than the execution timeout of ${timeoutMs} ms and was stopped. Ask for less at once: fewer fields, smaller pages (the server's EXECUTION_TIMEOUT_MS).`,
              504,
            ),
          ],
        });
      }, timeoutMs);
    });
    try {
      return await Promise.race([executor(requestContext), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
