import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';

/**
 * The errors of access control. UNAUTHENTICATED (HTTP 401) refuses a whole request whose key is
 * wrong; FORBIDDEN refuses one field or one write and leaves the rest of the response intact.
 */

export const BEARER_HINT = 'Send "Authorization: Bearer <key>" with a key from `npm run keys -- create`, or no Authorization header to read public data.';

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(`${message} ${BEARER_HINT}`, {
    // Apollo Server reads `http.headers` as a Map; the Hive runtime's types declare it a record.
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } } as unknown as GraphQLErrorExtensions,
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
