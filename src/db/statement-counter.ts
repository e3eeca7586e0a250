import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext } from '@mikro-orm/core';

/** Per-request tally of SQL statements, so tests and responses can show that batching holds. */
export interface StatementTally {
  sqlStatements: number;
}

const tallies = new AsyncLocalStorage<StatementTally>();

/** Runs `work` with a fresh tally that every SQL statement issued inside it increments. */
export function withStatementTally<T>(work: () => T, tally: StatementTally = { sqlStatements: 0 }): T {
  return tallies.run(tally, work);
}

export function currentStatementTally(): StatementTally | undefined {
  return tallies.getStore();
}

/** MikroORM reports every executed statement to its logger, whether logging is on or not. */
export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    const tally = tallies.getStore();
    if (tally) tally.sqlStatements += 1;
    super.logQuery(context);
  }
}
