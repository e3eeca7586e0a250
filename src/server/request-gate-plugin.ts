import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerCharacterLimitPlugin } from '@escape.tech/graphql-armor-character-limit';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import { LIMIT_CODES, limitError } from './limit-codes.js';
import { documentId, type TrustedDocuments } from './trusted-documents.js';

/** Marks the errors this plugin refuses a request with, to tell them from real failures. */
const REJECTION = Symbol('request rejection');

function reject(code: string, message: string): GraphQLError {
  return Object.assign(limitError(code, message), { [REJECTION]: true });
}

/**
 * Checks a request before its document is parsed: that it is on the trusted-documents list
 * (when one is configured), then its size in characters and in tokens, both by GraphQL Armor.
 *
 * Apollo Server turns anything a plugin throws before parsing into a bare 500. Its
 * `unexpectedErrorProcessingRequest` hook runs first, though, and an error thrown from there is
 * answered as it is, with its own code and status: the route GraphQL Armor itself takes.
 */
export function requestGatePlugin(config: Config, trusted: TrustedDocuments | null): ApolloServerPlugin {
  const characterLimit = ApolloServerCharacterLimitPlugin({ maxLength: config.MAX_DOCUMENT_CHARS });
  return {
    async unexpectedErrorProcessingRequest({ error }) {
      if (REJECTION in error) throw error;
    },
    async requestDidStart({ request }) {
      if (trusted) useTrustedDocument(request, trusted);
      return {
        async didResolveSource({ source }) {
          try {
            characterLimit.requestDidStart?.({ request: { query: source } } as never);
          } catch (error) {
            throw reject(LIMIT_CODES.documentSize, `${(error as Error).message} Send a shorter document (the server's MAX_DOCUMENT_CHARS).`);
          }
          let breached = false;
          try {
            new MaxTokensParserWLexer(source, { n: config.MAX_TOKENS, onReject: [() => (breached = true)] }).parseDocument();
          } catch (error) {
            // Syntax errors are not ours to report: Apollo parses again and says where.
            if (breached) throw reject(LIMIT_CODES.tokens, `${(error as Error).message.replace(/^Syntax Error: /, '')} Send a shorter document (the server's MAX_TOKENS).`);
          }
        },
      };
    },
  };
}

/**
 * In trusted-documents mode a request names a listed operation by its id (the APQ hash) or sends
 * a listed document's exact text; the listed text is what runs. Anything else is refused.
 */
function useTrustedDocument(request: { query?: string; extensions?: Record<string, any> }, trusted: TrustedDocuments): void {
  const id: unknown = request.extensions?.persistedQuery?.sha256Hash;
  const body = typeof id === 'string' && request.query === undefined ? trusted.get(id) : request.query !== undefined ? trusted.get(documentId(request.query)) : undefined;
  if (body === undefined) {
    throw reject(
      LIMIT_CODES.notTrusted,
      'This server runs only the operations on its trusted-documents list, and this one is not on it. Add it to the manifest named by TRUSTED_DOCUMENTS, then send its id as extensions.persistedQuery.sha256Hash.',
    );
  }
  request.query = body;
  // Automatic persisted queries are off in this mode: the list is the only registry.
  if (request.extensions) delete request.extensions.persistedQuery;
}
