import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { SKIPPED_FETCH } from '../server/execution-timeout.js';
import type { RequestContext } from '../graphql/context.js';
import type { Metrics } from '../observability/metrics.js';
import { REQUEST_ID_HEADER } from '../observability/request-id.js';

/** The code of the error a client gets in place of a subgraph's part of the answer when that subgraph cannot be reached. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export interface SubgraphSettings {
  name: string;
  url: URL;
  timeoutMs: number;
  /** Extra attempts for a query; a mutation gets exactly one. */
  queryRetries: number;
}

/**
 * Calls one subgraph over HTTP on behalf of the gateway. Each attempt is bounded by the
 * subgraph's timeout; a query is tried again when the subgraph could not be reached, timed out
 * or failed with HTTP 5xx, a mutation never (it may have been applied). When all attempts fail,
 * the subgraph's part of the answer is null with one error naming the subgraph, and the other
 * subgraphs' parts still arrive. The request id and the caller's key go along.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RequestContext> {
  constructor(
    private readonly settings: SubgraphSettings,
    private readonly metrics: Metrics,
  ) {
    super({ url: settings.url.href });
    // The runtime's fetch instead of the default client: it takes an AbortSignal for the timeout.
    this.fetcher = ((url: string, init: RequestInit) => this.timedFetch(url, init)) as unknown as RemoteGraphQLDataSource['fetcher'];
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RequestContext>): void {
    const headers = request.http!.headers;
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<GatewayGraphQLResponse> {
    const { name, queryRetries } = this.settings;
    if (options.context.execution?.signal.aborted) {
      return SKIPPED_FETCH as GatewayGraphQLResponse;
    }
    const attempts = isMutation(options) ? 1 : 1 + queryRetries;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await super.process(options);
      } catch (error) {
        lastError = error;
        if (!isRetryable(error)) break;
      }
    }
    // The subgraph answered, with errors of its own (an HTTP 4xx, or a 5xx such as DATABASE_UNAVAILABLE): pass them on.
    const answered = (lastError as { extensions?: { response?: { body?: { errors?: unknown } } } }).extensions?.response?.body?.errors;
    if (Array.isArray(answered) && answered.length) return { errors: answered } as GatewayGraphQLResponse;
    return {
      errors: [
        {
          message: `The ${name} subgraph did not answer (${reasonOf(lastError)}); its fields are null in this answer.`,
          extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: name },
        },
      ],
    } as GatewayGraphQLResponse;
  }

  private async timedFetch(url: string, init: RequestInit): Promise<Response> {
    const stopTimer = this.metrics.subgraphFetchDuration.startTimer({ subgraph: this.settings.name });
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(this.settings.timeoutMs) });
      stopTimer({ outcome: response.ok ? 'ok' : 'error' });
      return response;
    } catch (error) {
      stopTimer({ outcome: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error' });
      throw error;
    }
  }
}

function isMutation(options: GraphQLDataSourceProcessOptions<RequestContext>): boolean {
  if ('incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'mutation') return true;
  // A fetch's own document decides when there is no incoming operation to read (health checks, schema loading).
  return /^\s*mutation\b/.test(options.request.query ?? '');
}

/** No answer, or a server error: worth one more try for a query. A GraphQL answer with errors is an answer. */
function isRetryable(error: unknown): boolean {
  const status = (error as { extensions?: { response?: { status?: number } } }).extensions?.response?.status;
  return status === undefined || status >= 500;
}

function reasonOf(error: unknown): string {
  const { name, message, cause, extensions } = error as { name?: string; message?: string; cause?: { code?: string }; extensions?: { response?: { status?: number } } };
  if (name === 'TimeoutError') return 'timed out';
  if (extensions?.response?.status) return `HTTP ${extensions.response.status}`;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  return cause?.code ?? message ?? 'unknown error';
}
