import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { Config } from '../config.js';
import { currentMaxPageSize, DEFAULT_PAGE_SIZE } from '../graphql/connection.js';
import { LIMIT_CODES, limitError } from './limit-codes.js';

/**
 * Depth, aliases and directives are counted by GraphQL Armor's validation rules, with fragments
 * counted as the fields they stand for, so hiding depth or aliases in fragments gains nothing.
 * Armor's own Apollo wrapper reports every breach as BAD_USER_INPUT; here each gets its own code.
 */
export function queryLimitRules(config: Config): ValidationRule[] {
  const report = (code: string, setting: string, hint: string) => [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(limitError(code, `${error.message.replace(/^Syntax Error: /, '')} ${hint} (the server's ${setting}).`)),
  ];
  const common = { propagateOnRejection: false, exposeLimits: true, onAccept: [] };
  return [
    maxDepthRule({ ...common, n: config.MAX_QUERY_DEPTH, flattenFragments: true, onReject: report(LIMIT_CODES.depth, 'MAX_QUERY_DEPTH', 'Select fewer nested levels, or fetch the deeper part in a second request') }),
    maxAliasesRule({ ...common, n: config.MAX_ALIASES, onReject: report(LIMIT_CODES.aliases, 'MAX_ALIASES', 'Use fewer aliases, or split the request') }),
    maxDirectivesRule({ ...common, n: config.MAX_DIRECTIVES, onReject: report(LIMIT_CODES.directives, 'MAX_DIRECTIVES', 'Use fewer directives') }),
  ];
}

/**
 * A connection's selection is paid once per item of the page it asks for: `first`, read from
 * variables too, or the default page size. Capped at the largest page, so that an oversized
 * `first` is refused by the page-size check with its own message.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.min(Math.max(first, 1), currentMaxPageSize());
};

const MAX_EXPANDED_SELECTIONS = 10_000;
const NODES_EXCEEDED = 'Query exceeds the maximum allowed number of nodes.';

function costError(config: Config, found: string): GraphQLError {
  return limitError(
    LIMIT_CODES.cost,
    `Query cost limit of ${config.MAX_QUERY_COST} exceeded, ${found}. Each field costs 1 and a connection multiplies its selection by its page size ("first", default ${DEFAULT_PAGE_SIZE}): ask for smaller pages or fewer fields (the server's MAX_QUERY_COST).`,
  );
}

/**
 * Query cost by graphql-query-complexity, after validation, with the request's variables: every
 * field costs 1, and a connection multiplies what it selects by its page size.
 */
export function queryCostPlugin(config: Config): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
              maxQueryNodes: MAX_EXPANDED_SELECTIONS,
            });
          } catch (error) {
            // Fragments spread into each other until the selections explode: too costly by far.
            if (error instanceof Error && error.message === NODES_EXCEEDED) throw costError(config, `more than ${MAX_EXPANDED_SELECTIONS} field selections once fragments are expanded`);
            // Variables that do not fit the operation: execution reports them with its own error.
            return;
          }
          if (cost > config.MAX_QUERY_COST) throw costError(config, `found ${cost}`);
        },
      };
    },
  };
}
