import type { ApolloGateway } from '@apollo/gateway';
import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { RequestContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { compileOperation } from './compile-operation.js';
import { NotCompilable } from './compile-selection.js';
import { GraphEntities } from './graph-entities.js';

type Gateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/** `gateway` with the SQL-JSON path in front, unless SQL_JSON is off or loaders are in the benchmark's naive mode. */
export function sqlJsonIfEnabled<G extends Gateway>(gateway: G, orm: MikroORM, config: Pick<Config, 'SQL_JSON' | 'LOADER_BATCHING'>, logger: Logger): G {
  return config.SQL_JSON && config.LOADER_BATCHING ? (withSqlJson(gateway, orm, logger) as G) : gateway;
}

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
export function withSqlJson(gateway: Gateway, orm: MikroORM, logger: Logger): Gateway {
  const entities = new GraphEntities(orm.getMetadata());
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      const { schema, executor } = loaded;
      if (!executor) return loaded;
      return {
        ...loaded,
        executor: async (requestContext) => {
          const { em } = requestContext.context as RequestContext;
          let compiled: ReturnType<typeof compileOperation>;
          try {
            compiled = compileOperation(schema, entities, em, requestContext.document, requestContext.operationName, requestContext.request.variables);
          } catch (error) {
            // A declaration that names a wrong property is a bug worth seeing; an operation with resolvers is not.
            if (error instanceof NotCompilable) logger.debug({ operationName: requestContext.operationName, reason: error.message }, 'executing through the gateway');
            else logger.warn({ err: error, operationName: requestContext.operationName }, 'SQL-JSON compile failed; executing through the gateway');
            return executor(requestContext);
          }
          try {
            const [row] = await em.getConnection().execute<{ data: Record<string, unknown> }[]>(compiled.sql, compiled.params, 'all', em.getTransactionContext());
            return { data: row.data };
          } catch (error) {
            logger.debug({ err: error, operationName: requestContext.operationName }, 'SQL-JSON statement failed; executing through the gateway');
            return executor(requestContext);
          }
        },
      };
    },
  };
}
