import { createHash } from 'node:crypto';
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
export async function executeBound<T extends object>(em: EntityManager, sql: string, params: unknown[], preparedName?: string): Promise<T[]> {
  const connection = em.getConnection() as AbstractSqlConnection;
  const runner: Knex = em.getTransactionContext<Knex.Transaction>() ?? connection.getKnex();
  const raw = () => (preparedName ? runner.raw(sql, params as Knex.RawBinding[]).options({ name: preparedName }) : runner.raw(sql, params as Knex.RawBinding[]));
  try {
    return await (connection as unknown as QueryReporting).executeQuery(sql, async () => (await raw()).rows as T[], { query: sql, params });
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

/** Statements each pooled connection keeps prepared. Past it the connection drops them all and starts again, so no caller can grow the server's memory without bound. */
const PREPARED_PER_CONNECTION = 64;

/** node-postgres's record of the statements a connection has prepared, by name. */
interface PgClient {
  connection: { parsedStatements: Record<string, string> };
  query(sql: string): Promise<unknown>;
}

/**
 * executeBound as a named prepared statement on a real PostgreSQL (node-postgres prepares a name
 * once per connection, and the server then skips parsing and planning). For the statements run
 * again and again (executeNamed's), where planning is a good part of the cost. Outside a
 * transaction only: a transaction's connection is the transaction's to manage. (Compiled
 * operations have their own pool and budget: text-bytes-client.ts.)
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

/** Connections of the ORMs on a real PostgreSQL, where every pooled connection is a session of its own (openDatabase marks them). */
const sessionPerConnection = new WeakSet<object>();

/** Lets executeNamed prepare statements on this ORM's connections: never on the embedded database, whose connections share one session, where names would collide. */
export function allowNamedStatements(em: EntityManager): void {
  sessionPerConnection.add(em.getConnection());
}

const statementName = (sql: string) => `bound_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;

/**
 * executeBound, prepared once per connection under a name taken from the statement's text, on a
 * real PostgreSQL (allowNamedStatements): for the few fixed statements every report's import
 * runs, whose parsing and planning were about a quarter of the server's time per report. In a
 * transaction too, as long as the connection has room for the name (PREPARED_PER_CONNECTION):
 * a transaction's connection is not this function's to clear, so past that it runs unnamed.
 * After five runs PostgreSQL may keep one generic plan, made with the statistics of the moment,
 * until the tables are next analyzed: only for statements whose plan cannot turn bad as tables
 * grow (inserts, lookups through unique keys), or that a bulk import runs, which analyzes the
 * tables as they double (AnalyzeAsTablesGrow, for storedSourceSha256's search).
 */
export async function executeNamed<T extends object>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (!sessionPerConnection.has(em.getConnection())) return executeBound(em, sql, params);
  const name = statementName(sql);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!transaction) return executePrepared(em, name, sql, params);
  const client = (await transaction.client.acquireConnection()) as PgClient;
  const prepared = client.connection.parsedStatements;
  const room = name in prepared || Object.keys(prepared).length < PREPARED_PER_CONNECTION;
  return executeBound(em, sql, params, room ? name : undefined);
}
