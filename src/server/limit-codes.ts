import { GraphQLError } from 'graphql';

/**
 * One code per protection, so a client (and a test) can tell which limit it ran into. Every
 * breach is the client's to fix, so each answers HTTP 400 with a message naming the setting.
 */
export const LIMIT_CODES = {
  depth: 'DEPTH_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
  documentSize: 'DOCUMENT_SIZE_LIMIT_EXCEEDED',
  bodySize: 'BODY_SIZE_LIMIT_EXCEEDED',
  executionTimeout: 'EXECUTION_TIMEOUT',
  notTrusted: 'PERSISTED_QUERY_NOT_IN_LIST',
} as const;

const CODES = new Set<string>(Object.values(LIMIT_CODES));

export function limitError(code: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Apollo wraps every validation error in its own GRAPHQL_VALIDATION_FAILED error; the limit's
 * code survives on the original, and formatError puts it back.
 */
export function limitCodeOf(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === 'string' && CODES.has(code) ? code : undefined;
}
