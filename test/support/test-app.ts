import pg from 'pg';
import { expect, inject } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { SQL_STATEMENTS_HEADER } from '../../src/server/statement-count-plugin.js';

/**
 * The database every test runs against: an in-memory PGlite by default, or the real PostgreSQL
 * named by DATABASE_URL (CI runs the suite both ways).
 */
export const REAL_DATABASE_URL = process.env.DATABASE_URL;

export interface GraphQLResult {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  sqlStatements: number;
}

export interface TestApp extends RunningApp {
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult>;
  /** The `data` of a query that must succeed: status 200 and no errors. */
  data(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** `selection` on the one report the seed holds. */
  seedReport(selection: string): Promise<any>;
}

/**
 * Starts the real server on a free loopback port, over a fresh database unless told to keep it.
 * An in-memory embedded database starts as a copy of the migrated and seeded one the global
 * setup made, which is what the server would have made of an empty one.
 */
export async function startTestApp(env: Record<string, string> = {}, { freshDatabase = true, database }: { freshDatabase?: boolean; database?: Database } = {}): Promise<TestApp> {
  const template = inject('dataTemplate');
  const config = loadConfig({
    DATABASE_URL: REAL_DATABASE_URL,
    DATA_DIR: 'memory://',
    ...(template ? { DATA_TEMPLATE: template } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...env,
  });
  if (config.DATABASE_URL && freshDatabase && !database) await resetDatabase(config.DATABASE_URL);
  // A lent database (another test app's) is shared, and left open when this app stops.
  const app = await startApp(config, createLogger(config), { database });
  const graphql = (query: string, variables?: Record<string, unknown>) => postGraphQL(app.url, query, variables);
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const { status, body } = await graphql(query, variables);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data as any;
  };
  const seedReport = async (selection: string) => {
    const { reports } = await data(`{ reports { edges { node { ${selection} } } } }`);
    expect(reports.edges).toHaveLength(1);
    return reports.edges[0].node;
  };
  return { ...app, graphql, data, seedReport };
}

export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResult['body'],
    sqlStatements: Number(response.headers.get(SQL_STATEMENTS_HEADER)),
  };
}

/** Empties the real database, so each test file starts from the migrations and seeds. */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema public cascade; create schema public;');
  } finally {
    await client.end();
  }
}
