import type { EntityManager } from '@mikro-orm/core';
import { type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, getOperationAST, getVariableValues, Kind } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import { rootPageSql } from './compile-root-page.js';
import { type CompileScope, NotCompilable, rootListSql } from './compile-selection.js';
import type { GraphEntities } from './graph-entities.js';
import { objectText, typeNameText } from './json-text.js';
import { RESOLVED_AS_SQL } from './resolved-as-sql.js';
import { SqlParams } from './sql-params.js';

export interface CompiledOperation {
  /** One statement returning one row whose `data` column is the response's `data`, as JSON text. */
  sql: string;
  params: unknown[];
}

/**
 * Writes a whole query as one SQL statement that builds its JSON answer in the database, or
 * throws NotCompilable when any field of it needs a resolver. The document has passed
 * validation; variables are coerced here as graphql-js would.
 */
export function compileOperation(schema: GraphQLSchema, entities: GraphEntities, em: EntityManager, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): CompiledOperation {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') throw new NotCompilable('only queries are compiled');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) throw new NotCompilable('the variables are refused');
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;

  let aliases = 0;
  const scope: CompileScope = { schema, fragments, variables: coerced.coerced, entities, params: new SqlParams(), alias: () => `t${++aliases}` };
  const queryType = schema.getQueryType()!;
  const pairs = [...collectFields(schema, fragments, coerced.coerced, queryType, operation.selectionSet)].map(([key, nodes]): [string, string] => {
    const name = nodes[0].name.value;
    if (name === '__typename') return [key, typeNameText(queryType.name)];
    const resolved = RESOLVED_AS_SQL.get(`${queryType.name}.${name}`);
    if (resolved?.kind === 'rootPage') return [key, rootPageSql(scope, em, queryType.getFields()[name], nodes, resolved)];
    if (resolved?.kind === 'rootList') return [key, rootListSql(scope, queryType.getFields()[name], nodes, resolved)];
    throw new NotCompilable(`${queryType.name}.${name} has a resolver`);
  });
  return { sql: `select ${objectText(pairs)} as data`, params: scope.params.values };
}
