import type { ApolloServerPlugin } from '@apollo/server';
import { currentStatementTally } from '../db/statement-counter.js';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/**
 * Reports how many SQL statements a request cost, in a response header. Tests read it to prove
 * batching; developers see it in Sandbox. Not sent in production.
 */
export const statementCountPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const tally = currentStatementTally();
        if (tally) response.http.headers.set(SQL_STATEMENTS_HEADER, String(tally.sqlStatements));
      },
    };
  },
};
