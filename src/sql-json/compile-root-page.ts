import { type EntityManager, raw } from '@mikro-orm/core';
import type { QueryBuilder, SqlEntityManager } from '@mikro-orm/knex';
import { type FieldNode, type GraphQLField, type GraphQLObjectType, getArgumentValues, getNamedType, isObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { pageWindow } from '../graphql/connection.js';
import { type CompileScope, NotCompilable, objectSql, primaryKey, quoted, table } from './compile-selection.js';
import { arrayText, objectText, quotedText, typeNameText } from './json-text.js';
import type { ResolvedAsSql } from './resolved-as-sql.js';

type RootPage = Extract<ResolvedAsSql, { kind: 'rootPage' }>;

/**
 * A root connection (`reports(filter, first, after)`) as one JSON text expression: the page's rows in
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
  // The offset is a parameter, not text, so the later pages of an operation share one prepared statement (knex writes no OFFSET for the first).
  const offset = scope.params.add(page.offset);
  // The window count is taken before LIMIT: the whole list's length, from the same scan as the page.
  const pageRows = scope.params.addStatement(
    builder().addSelect(raw('count(*) over () as "listed"')).orderBy(orderBy).limit(page.limit).offset(page.offset).getKnexQuery().toSQL(),
  );
  const allRows = scope.params.addStatement(builder().getKnexQuery().toSQL());
  // Base64 has no character JSON escapes.
  const cursor = (n: string) => quotedText(`encode(convert_to('arrayconnection:' || ${n}::text, 'UTF8'), 'base64')`);

  const pairs = [...collectSubfields(scope.schema, scope.fragments, scope.variables, connection, nodes)].map(([key, fieldNodes]): [string, string] => {
    const name = fieldNodes[0].name.value;
    const subfield = connection.getFields()[name];
    if (name === '__typename') return [key, typeNameText(connection.name)];
    if (name === 'totalCount') return [key, '(select n from total)::text'];
    if (name === 'pageInfo') return [key, pageInfoSql(scope, getNamedType(subfield.type) as GraphQLObjectType, fieldNodes, cursor)];
    if (name !== 'edges') throw new NotCompilable(`${connection.name}.${name}`);
    const edge = getNamedType(subfield.type) as GraphQLObjectType;
    const row = scope.alias();
    const joins: string[] = [];
    const edgePairs = [...collectSubfields(scope.schema, scope.fragments, scope.variables, edge, fieldNodes)].map(([edgeKey, edgeNodes]): [string, string] => {
      const edgeField = edgeNodes[0].name.value;
      if (edgeField === '__typename') return [edgeKey, typeNameText(edge.name)];
      if (edgeField === 'cursor') return [edgeKey, cursor('p.n')];
      const nodeType = getNamedType(edge.getFields()[edgeField].type);
      if (edgeField !== 'node' || !isObjectType(nodeType) || scope.entities.entity(nodeType.name)?.class !== meta.class) throw new NotCompilable(`${edge.name}.${edgeField}`);
      return [edgeKey, objectSql(scope, nodeType, row, edgeNodes, joins)];
    });
    return [key, arrayText(objectText(edgePairs), 'p.n', `from page p join ${table(meta)} ${row} on ${row}.${primaryKey(meta)} = p.id ${joins.join(' ')}`)];
  });
  // row_number() over () numbers the rows in the order the ordered, limited subquery gives them; n is a row's place in the whole list.
  // A page past the end has no row to carry the count; only then is the list counted apart (COALESCE stops at its first value).
  return `(with page as (select r.${quoted(meta.properties[pk as never].fieldNames[0])} as id, row_number() over () - 1 + ${offset}::int as n, r.listed from (${pageRows}) r),
    total as (select coalesce((select max(listed) from page), (select count(*) from (${allRows}) a))::int as n)
    select ${objectText(pairs)})`;
}

function pageInfoSql(scope: CompileScope, type: GraphQLObjectType, nodes: readonly FieldNode[], cursor: (n: string) => string): string {
  const pairs = [...collectSubfields(scope.schema, scope.fragments, scope.variables, type, nodes)].map(([key, fieldNodes]): [string, string] => {
    switch (fieldNodes[0].name.value) {
      case '__typename':
        return [key, typeNameText(type.name)];
      // graphql-relay: a page asked for with `first` has no previous page; it has a next one while rows remain after it.
      // A page is never asked for empty (first: 0 is refused), so an empty one lies past the end.
      case 'hasPreviousPage':
        return [key, `'false'`];
      case 'hasNextPage':
        return [key, `coalesce((select max(n) + 1 from page) < (select n from total), false)::text`];
      case 'startCursor':
        return [key, `coalesce((select ${cursor('p.n')} from page p order by p.n limit 1), 'null')`];
      case 'endCursor':
        return [key, `coalesce((select ${cursor('p.n')} from page p order by p.n desc limit 1), 'null')`];
      default:
        throw new NotCompilable(`${type.name}.${fieldNodes[0].name.value}`);
    }
  });
  return objectText(pairs);
}

