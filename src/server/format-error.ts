import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { limitCodeOf } from './limit-codes.js';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../db/database-errors.js';

/** Codes that mean "something broke on our side": their messages may name tables, SQL or code. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

/** graphql-js proposes names close to a mistyped one; in production that maps the schema for a stranger. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Every error goes out through here. A query limit's own code is put back where Apollo's
 * validation wrapper replaced it. In production, internal errors become one generic message
 * (no stack traces are ever sent there: includeStacktraceInErrorResponses is off) and field
 * suggestions are removed; the errors a client can act on keep their message.
 */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Whatever failed for want of a database says so, with a code a client can retry on.
    if (formatted.extensions?.code !== DATABASE_UNAVAILABLE && isDatabaseUnavailable(error)) {
      return { message: 'The database is unavailable; retry shortly.', locations: formatted.locations, path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE } };
    }
    const code = limitCodeOf(error) ?? (isUncodedClientError(error) ? 'BAD_REQUEST' : undefined);
    const result = code ? { ...formatted, extensions: { ...formatted.extensions, code } } : formatted;
    if (!production) return result;
    const resultCode = result.extensions?.code;
    if (typeof resultCode !== 'string' || INTERNAL_CODES.has(resultCode)) {
      return { message: 'Internal server error', locations: result.locations, path: result.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...result, message: result.message.replace(SUGGESTION, '') };
  };
}

/**
 * Apollo answers some malformed requests (an APQ hash that does not match its query, an unknown
 * APQ version) with HTTP 400 but no code, which would read as INTERNAL_SERVER_ERROR and be masked.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}
