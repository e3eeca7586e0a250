import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import { LRUCache } from 'lru-cache';
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { executeBound, executePrepared } from '../db/execute-bound.js';
import type { RequestContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { type CompiledOperation, compileOperation } from './compile-operation.js';
import { NotCompilable } from './compile-selection.js';
import { DataText } from './data-text.js';
import { GraphEntities } from './graph-entities.js';

type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/**
 * `gateway` with the SQL-JSON path in front, unless SQL_JSON is off or loaders are in the
 * benchmark's naive mode. On a real PostgreSQL the statements are prepared: the embedded
 * database serves every pooled connection from one session, where their names would collide.
 */
export function sqlJsonIfEnabled<G extends Gateway>(gateway: G, orm: MikroORM, config: Pick<Config, 'SQL_JSON' | 'LOADER_BATCHING' | 'DATABASE_URL'>, logger: Logger): G {
  return config.SQL_JSON && config.LOADER_BATCHING ? (withSqlJson(gateway, orm, logger, { prepared: Boolean(config.DATABASE_URL) }) as G) : gateway;
}

/** One name per statement text: the name is what node-postgres prepares once per connection. */
const statementName = (sql: string) => `sql_json_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;

/** A compiled statement and its name, or why the operation goes through the resolvers. */
type Compiled = (CompiledOperation & { name: string }) | { notCompilable: string };

/** Operations (with their variables) whose compiled form is kept; a dashboard polled again skips the compile and MikroORM's query builder. */
const COMPILED_KEPT = 500;
/** Variables longer than this as JSON are not made part of a key. */
const MAX_KEYED_VARIABLES = 2048;

/**
 * Answers a query whose every field is a column or a declared join (src/sql-json/) with one SQL
 * statement that builds the JSON in the database; every other operation goes to `gateway`
 * unchanged. A provincial dashboard of 500 reports is then one statement and no resolvers,
 * instead of eight statements and tens of thousands of resolver calls in two executors.
 *
 * It sits where the gateway executes, so parsing, validation, limits, trusted documents, the
 * response cache and metrics see the operation as they see any other. A statement that fails
 * is not answered from here: the operation runs through the gateway, whose errors (a database
 * that went away, say) are the ones clients know.
 */
export function withSqlJson(gateway: Gateway, orm: MikroORM, logger: Logger, { prepared }: { prepared: boolean }): Gateway {
  const entities = new GraphEntities(orm.getMetadata());
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const { schema, executor } = loaded;
      if (!executor) return loaded;
      // What a compile gives depends on the schema, the document, the operation and the variables alone.
      const kept = new LRUCache<string, Compiled>({ max: COMPILED_KEPT });
      return {
        ...loaded,
        executor: async (requestContext) => {
          const { em } = requestContext.context as RequestContext;
          const { document, operationName, queryHash } = requestContext;
          const variables = JSON.stringify(requestContext.request.variables ?? {});
          const key = variables.length <= MAX_KEYED_VARIABLES ? `${queryHash}\u0000${operationName ?? ''}\u0000${variables}` : null;
          let compiled = key === null ? undefined : kept.get(key);
          if (!compiled) {
            try {
              const { sql, params } = compileOperation(schema, entities, em, document, operationName, requestContext.request.variables);
              compiled = { sql, params, name: statementName(sql) };
            } catch (error) {
              // A declaration that names a wrong property is a bug worth seeing, and is not kept; an operation with resolvers is not.
              if (!(error instanceof NotCompilable)) {
                logger.warn({ err: error, operationName }, 'SQL-JSON compile failed; executing through the gateway');
                return executor(requestContext);
              }
              compiled = { notCompilable: error.message };
            }
            if (key !== null) kept.set(key, compiled);
          }
          if ('notCompilable' in compiled) {
            logger.debug({ operationName, reason: compiled.notCompilable }, 'executing through the gateway');
            return executor(requestContext);
          }
          try {
            const { sql, params, name } = compiled;
            const [row] = prepared ? await executePrepared<{ data: string }>(em, name, sql, params) : await executeBound<{ data: string }>(em, sql, params);
            return { data: new DataText(row.data) as never };
          } catch (error) {
            logger.debug({ err: error, operationName: requestContext.operationName }, 'SQL-JSON statement failed; executing through the gateway');
            return executor(requestContext);
          }
        },
      };
    },
  };
}
