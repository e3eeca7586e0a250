import type { EntityManager } from '@mikro-orm/core';
import type { QueryBuilder, SqlEntityManager } from '@mikro-orm/knex';
import { type FieldNode, type GraphQLField, type GraphQLObjectType, getArgumentValues, getNamedType, isObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { pageWindow } from '../graphql/connection.js';
import { type CompileScope, NotCompilable, objectSql, primaryKey, quoted, table } from './compile-selection.js';
import type { ResolvedAsSql } from './resolved-as-sql.js';

type RootPage = Extract<ResolvedAsSql, { kind: 'rootPage' }>;

/**
 * A root connection (`reports(filter, first, after)`) as one JSON expression: the page's rows in
 * the resolver's order, the total, and cursors and pageInfo exactly as graphql-relay's
 * connectionFromArraySlice gives them for a page at an offset (db/paged-find.ts).
 *
 * The rows and the count come from MikroORM's query builder over the resolver's own
 * `where`/`orderBy`, so filters mean the same SQL on both paths.
 */
export function rootPageSql(scope: CompileScope, em: EntityManager, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], resolved: RootPage): string {
  const args = getArgumentValues(field, nodes[0], scope.variables);
  // A page size or cursor the client got wrong is the resolvers' to refuse, with their error.
  let page: ReturnType<typeof pageWindow>;
  try {
    page = pageWindow(args);
  } catch {
    throw new NotCompilable('the page arguments are refused');
  }
  const { where, orderBy } = resolved.query(args);
  const meta = em.getMetadata().get((resolved.entity as { name: string }).name);
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) throw new NotCompilable(`${field.name} is not a connection`);

  const pk = meta.primaryKeys[0];
  const builder = () => ((em as SqlEntityManager).createQueryBuilder(meta.className, 'e0') as QueryBuilder<object>).select(`e0.${pk}`).where(where);
  const pageRows = scope.params.addStatement(builder().orderBy(orderBy).limit(page.limit).offset(page.offset).getKnexQuery().toSQL());
  const allRows = scope.params.addStatement(builder().getKnexQuery().toSQL());
  const cursor = (n: string) => `encode(convert_to('arrayconnection:' || (${page.offset} + ${n})::text, 'UTF8'), 'base64')`;

  const pairs = [...collectSubfields(scope.schema, scope.fragments, scope.variables, connection, nodes)].map(([key, fieldNodes]) => {
    const name = fieldNodes[0].name.value;
    const subfield = connection.getFields()[name];
    if (name === '__typename') return `'${key}', '${connection.name}'::text`;
    if (name === 'totalCount') return `'${key}', (select n from total)`;
    if (name === 'pageInfo') return `'${key}', ${pageInfoSql(scope, getNamedType(subfield.type) as GraphQLObjectType, fieldNodes, page.offset, cursor)}`;
    if (name !== 'edges') throw new NotCompilable(`${connection.name}.${name}`);
    const edge = getNamedType(subfield.type) as GraphQLObjectType;
    const row = scope.alias();
    const joins: string[] = [];
    const edgePairs = [...collectSubfields(scope.schema, scope.fragments, scope.variables, edge, fieldNodes)].map(([edgeKey, edgeNodes]) => {
      const edgeField = edgeNodes[0].name.value;
      if (edgeField === '__typename') return `'${edgeKey}', '${edge.name}'::text`;
      if (edgeField === 'cursor') return `'${edgeKey}', ${cursor('p.n')}`;
      const nodeType = getNamedType(edge.getFields()[edgeField].type);
      if (edgeField !== 'node' || !isObjectType(nodeType) || scope.entities.entity(nodeType.name)?.class !== meta.class) throw new NotCompilable(`${edge.name}.${edgeField}`);
      return `'${edgeKey}', ${objectSql(scope, nodeType, row, edgeNodes, joins)}`;
    });
    return `'${key}', coalesce((select json_agg(json_build_object(${edgePairs.join(', ')}) order by p.n) from page p join ${table(meta)} ${row} on ${row}.${primaryKey(meta)} = p.id ${joins.join(' ')}), '[]'::json)`;
  });
  // row_number() over () numbers the rows in the order the ordered, limited subquery gives them.
  return `(with page as (select r.${quoted(meta.properties[pk as never].fieldNames[0])} as id, row_number() over () - 1 as n from (${pageRows}) r),
    total as (select count(*)::int as n from (${allRows}) a)
    select json_build_object(${pairs.join(', ')}))`;
}

function pageInfoSql(scope: CompileScope, type: GraphQLObjectType, nodes: readonly FieldNode[], offset: number, cursor: (n: string) => string): string {
  const pairs = [...collectSubfields(scope.schema, scope.fragments, scope.variables, type, nodes)].map(([key, fieldNodes]) => {
    switch (fieldNodes[0].name.value) {
      case '__typename':
        return `'${key}', '${type.name}'::text`;
      // graphql-relay: a page asked for with `first` has no previous page; it has a next one while rows remain after it.
      case 'hasPreviousPage':
        return `'${key}', false`;
      case 'hasNextPage':
        return `'${key}', (select ${offset} + count(*) from page) < (select n from total)`;
      case 'startCursor':
        return `'${key}', (select ${cursor('p.n')} from page p order by p.n limit 1)`;
      case 'endCursor':
        return `'${key}', (select ${cursor('p.n')} from page p order by p.n desc limit 1)`;
      default:
        throw new NotCompilable(`${type.name}.${fieldNodes[0].name.value}`);
    }
  });
  return `json_build_object(${pairs.join(', ')})`;
}

