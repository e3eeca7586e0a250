import type { ApolloGateway } from '@apollo/gateway';
import { LRUCache } from 'lru-cache';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { executeBound } from '../db/execute-bound.js';
import type { TextBytesClient } from '../db/text-bytes-client.js';
import type { RequestContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { answerBytesHolder } from './answer-bytes.js';
import { type CompiledOperation, compileOperation } from './compile-operation.js';
import { NotCompilable } from './compile-selection.js';
import { DataText } from './data-text.js';
import { GraphEntities } from './graph-entities.js';

type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/**
 * `gateway` with the SQL-JSON path in front, unless SQL_JSON is off or loaders are in the
 * benchmark's naive mode.
 */
export function sqlJsonIfEnabled<G extends Gateway>(gateway: G, database: Pick<Database, 'orm' | 'textBytes'>, config: Pick<Config, 'SQL_JSON' | 'LOADER_BATCHING'>, logger: Logger): G {
  return config.SQL_JSON && config.LOADER_BATCHING ? (withSqlJson(gateway, database.orm, logger, database.textBytes) as G) : gateway;
}

/** A compiled statement, also in PostgreSQL's own placeholders, or why the operation goes through the resolvers. */
type Compiled = (CompiledOperation & { native: { sql: string; bindings: readonly unknown[] } }) | { notCompilable: string };

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
export function withSqlJson(gateway: Gateway, orm: MikroORM, logger: Logger, textBytes: TextBytesClient | null = null): Gateway {
  const entities = new GraphEntities(orm.getMetadata());
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
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
              compiled = { sql, params, native: knex.raw(sql, params as never[]).toSQL().toNative() };
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
            return { data: (await answerData(em, compiled, textBytes)) as never };
          } catch (error) {
            logger.debug({ err: error, operationName: requestContext.operationName }, 'SQL-JSON statement failed; executing through the gateway');
            return executor(requestContext);
          }
        },
      };
    },
  };
}

/** The compiled statement's answer: as bytes through `textBytes` where the request can send them, else as text. */
async function answerData(em: RequestContext['em'], compiled: Exclude<Compiled, { notCompilable: string }>, textBytes: TextBytesClient | null): Promise<DataText> {
  const hold = textBytes && answerBytesHolder();
  if (hold) {
    const bytes = await textBytes!.firstValue(compiled.native.sql, compiled.native.bindings);
    if (!bytes) throw new Error('the compiled statement answered no data');
    return hold(bytes);
  }
  const [row] = await executeBound<{ data: string }>(em, compiled.sql, compiled.params);
  return new DataText(row.data);
}
