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

/** Statements each pooled connection keeps prepared. Past it the connection drops them all and starts again, so clients that send ever new operations cannot grow the server's memory. */
const PREPARED_PER_CONNECTION = 64;

/** node-postgres's record of the statements a connection has prepared, by name. */
interface PgClient {
  connection: { parsedStatements: Record<string, string> };
  query(sql: string): Promise<unknown>;
}

/**
 * executeBound as a named prepared statement on a real PostgreSQL (node-postgres prepares a name
 * once per connection, and the server then skips parsing and planning). For large statements run
 * again and again, such as compiled operations, where planning is a good part of the cost.
 * Outside a transaction only: a transaction's connection is the transaction's to manage.
 */
export async function executePrepared<T extends object>(em: EntityManager, name: string, sql: string, params: unknown[]): Promise<T[]> {
  if (em.getTransactionContext()) return executeBound(em, sql, params);
  const connection = em.getConnection() as AbstractSqlConnection;
  const knex = connection.getKnex();
  const client = (await knex.client.acquireConnection()) as PgClient;
  try {
    if (!(name in client.connection.parsedStatements) && Object.keys(client.connection.parsedStatements).length >= PREPARED_PER_CONNECTION) {
      await client.query('deallocate all');
      client.connection.parsedStatements = {};
    }
    const run = async () => (await knex.raw(sql, params as Knex.RawBinding[]).options({ name }).connection(client as never)).rows as T[];
    return await (connection as unknown as QueryReporting).executeQuery(sql, run, { query: sql, params });
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    await knex.client.releaseConnection(client);
  }
}
