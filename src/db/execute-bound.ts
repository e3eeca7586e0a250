import type { EntityManager } from '@mikro-orm/core';
import type { AbstractSqlConnection, Knex } from '@mikro-orm/postgresql';

/** The part of MikroORM's connection that times a statement and reports it to the logger. */
interface QueryReporting {
  executeQuery<T>(query: string, run: () => Promise<T>, context?: { query: string; params: unknown[] }): Promise<T>;
}

/**
 * Runs one statement with its parameters sent apart from the SQL (`?` placeholders), in the
 * EntityManager's transaction if it has one, and returns its rows. For the import's large
 * statements: `connection.execute()` inlines every parameter into the SQL text, escaping each
 * character of a report's JSON, which cost more than building it. The statement is still
 * reported to MikroORM's logger (statement counts, query logging), and a failure is converted
 * as the ORM's own are (a unique violation is a UniqueConstraintViolationException).
 */
export async function executeBound<T extends object>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const connection = em.getConnection() as AbstractSqlConnection;
  const runner: Knex = em.getTransactionContext<Knex.Transaction>() ?? connection.getKnex();
  try {
    return await (connection as unknown as QueryReporting).executeQuery(sql, async () => (await runner.raw(sql, params as Knex.RawBinding[])).rows as T[], { query: sql, params });
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}
