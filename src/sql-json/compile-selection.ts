import { type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import { type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, getNamedType, isListType, isNonNullType, isObjectType } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { ColumnSql, GraphEntities } from './graph-entities.js';
import { arrayText, floatText, nullOr, objectText, quotedText, stringText, typeNameText } from './json-text.js';
import { RESOLVED_AS_SQL, type ResolvedAsSql } from './resolved-as-sql.js';
import type { SqlParams } from './sql-params.js';
import type { ChildList } from '../db/batch-loaders.js';

/** Thrown when any part of an operation must go through the resolvers; the operation then does, whole. */
export class NotCompilable extends Error {}

/** What compiling one operation needs to know, and the state it keeps (aliases, parameters). */
export interface CompileScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  entities: GraphEntities;
  params: SqlParams;
  alias(): string;
}

export const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
export const table = (meta: EntityMetadata) => quoted(meta.tableName);
export const primaryKey = (meta: EntityMetadata) => quoted(meta.properties[meta.primaryKeys[0] as never].fieldNames[0]);

/**
 * A JSON object as text (json-text.ts), keyed as the response is, of the fields `fieldNodes`
 * select on the row `alias` of `type`'s table: the same merging of fields, fragments, @skip and
 * @include as graphql-js.
 * To-one relations become left joins, added to `joins` for the caller's FROM clause: one hash
 * join over a page of rows costs far less than a subquery run per row. The rows of a child list
 * (`listed`) join theirs laterally instead, so PostgreSQL can memoize targets that repeat.
 */
export function objectSql(scope: CompileScope, type: GraphQLObjectType, alias: string, fieldNodes: readonly FieldNode[], joins: string[], listed = false): string {
  const fields = collectSubfields(scope.schema, scope.fragments, scope.variables, type, fieldNodes);
  return objectText([...fields].map(([key, nodes]) => [key, fieldSql(scope, type, alias, nodes, joins, { listed })] as const));
}

interface FieldOptions {
  /** The field of `type` to write: the nodes' own, unless another field's selection is written through it (lastChild). */
  name?: string;
  /** The row is one of a child list's. */
  listed?: boolean;
}

function fieldSql(scope: CompileScope, type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[], joins: string[], { name = nodes[0].name.value, listed = false }: FieldOptions = {}): string {
  if (name === '__typename') return typeNameText(type.name);
  const field = type.getFields()[name];
  if (!field) throw new NotCompilable(`${type.name}.${name} is not in the schema`);
  const column = scope.entities.column(type.name, field);
  if (column) return columnSql(alias, column);
  const resolved = RESOLVED_AS_SQL.get(`${type.name}.${name}`);
  if (!resolved || field.args.length > 0) throw new NotCompilable(`${type.name}.${name} has a resolver`);
  const meta = scope.entities.entity(type.name)!;
  if (resolved.kind === 'toOne') return toOneSql(scope, meta, alias, field, resolved.property, nodes, joins, listed);
  if (resolved.kind === 'children') return childrenSql(scope, meta, alias, field, resolved, nodes);
  if (resolved.kind === 'lastChild') return lastChildSql(scope, meta, alias, resolved, nodes);
  throw new NotCompilable(`${type.name}.${name} is a root field`);
}

function columnSql(alias: string, { column, as }: ColumnSql): string {
  const value = `${alias}.${quoted(column)}`;
  switch (as) {
    case 'string':
      return stringText(value);
    case 'integer':
    case 'boolean':
      return nullOr(`${value}::text`);
    case 'float':
      return floatText(value);
    case 'decimal':
      return nullOr(`trim_scale(${value})::text`);
    case 'numericId':
      return quotedText(`${value}::text`);
    case 'date':
      return quotedText(`to_char(${value}, 'YYYY-MM-DD')`);
  }
}

/** The object type a field returns, and its entity, or NotCompilable when either is not one. */
function targetOf(scope: CompileScope, field: GraphQLField<unknown, unknown>, list: boolean) {
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  const itemType = getNamedType(field.type);
  const targetMeta = isObjectType(itemType) ? scope.entities.entity(itemType.name) : undefined;
  if (!targetMeta || !isObjectType(itemType) || isListType(unwrapped) !== list) throw new NotCompilable(`${field.name} does not return ${list ? 'a list of rows' : 'a row'}`);
  return { type: itemType, meta: targetMeta };
}

function toOneSql(scope: CompileScope, meta: EntityMetadata, alias: string, field: GraphQLField<unknown, unknown>, property: string, nodes: readonly FieldNode[], joins: string[], listed: boolean): string {
  const prop = meta.properties[property as never] as EntityProperty | undefined;
  const target = targetOf(scope, field, false);
  if (!prop || !(prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) || prop.targetMeta?.class !== target.meta.class) {
    throw new NotCompilable(`${meta.className}.${property} is not a to-one relation to ${target.type.name}`);
  }
  const row = scope.alias();
  const matches = `${row}.${primaryKey(target.meta)} = ${alias}.${quoted(prop.fieldNames[0])}`;
  if (listed) {
    // The rows of a child list name the same few targets again and again (5 channels, 10 key domains). As a lateral
    // subquery that OFFSET 0 keeps from being pulled up into a plain join, the target's JSON can be memoized
    // (PostgreSQL's Memoize node) and is written once per target instead of once per row; about a tenth of a dashboard.
    const inner: string[] = [];
    const object = objectSql(scope, target.type, row, nodes, inner);
    const written = scope.alias();
    joins.push(`left join lateral (select ${object} as j from ${table(target.meta)} ${row} ${inner.join(' ')} where ${matches} offset 0) ${written} on true`);
    return nullOr(`${written}.j`);
  }
  // Pushed before the object is compiled, since the joins it adds read this row.
  joins.push(`left join ${table(target.meta)} ${row} on ${matches}`);
  return `case when ${row}.${primaryKey(target.meta)} is null then 'null' else ${objectSql(scope, target.type, row, nodes, joins)} end`;
}

function childrenSql(scope: CompileScope, parent: EntityMetadata, alias: string, field: GraphQLField<unknown, unknown>, resolved: Extract<ResolvedAsSql, { kind: 'children' }>, nodes: readonly FieldNode[]): string {
  const target = targetOf(scope, field, true);
  const { list } = resolved;
  if (target.meta.class !== list.entity) throw new NotCompilable(`${field.name} lists ${target.type.name}, not the declared entity`);
  const row = scope.alias();
  const joins: string[] = [];
  const object = objectSql(scope, target.type, row, nodes, joins, true);
  return arrayText(object, listOrder(scope, target.meta, list.orderBy, row), `from ${table(target.meta)} ${row} ${joins.join(' ')} where ${childOf(scope, target.meta, list, row, parent, alias)}`);
}

/** A root list of every row of its entity (`pilotPrograms`), in the declared order. */
export function rootListSql(scope: CompileScope, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], resolved: Extract<ResolvedAsSql, { kind: 'rootList' }>): string {
  const target = targetOf(scope, field, true);
  if (field.args.length > 0 || target.meta.class !== resolved.entity) throw new NotCompilable(`${field.name} is not the declared list of every row`);
  const row = scope.alias();
  const joins: string[] = [];
  const object = objectSql(scope, target.type, row, nodes, joins);
  return arrayText(object, listOrder(scope, target.meta, resolved.orderBy, row), `from ${table(target.meta)} ${row} ${joins.join(' ')}`);
}

/** The declared field of the list's last row, in the order its loader gives, with the selection of the field asked for; 'null' when the list is empty. */
function lastChildSql(scope: CompileScope, parent: EntityMetadata, alias: string, resolved: Extract<ResolvedAsSql, { kind: 'lastChild' }>, nodes: readonly FieldNode[]): string {
  const { list } = resolved;
  const child = scope.entities.ofEntity(list.entity);
  const childType = child && scope.schema.getType(child.typeName);
  if (!child || !isObjectType(childType)) throw new NotCompilable('the last child is of no type of the schema');
  const childMeta = child.meta;
  const row = scope.alias();
  const joins: string[] = [];
  const value = fieldSql(scope, childType, row, nodes, joins, { name: resolved.field });
  const last = listOrder(scope, childMeta, list.orderBy, row, true);
  return `coalesce((select ${value} from ${table(childMeta)} ${row} ${joins.join(' ')} where ${childOf(scope, childMeta, list, row, parent, alias)} order by ${last} limit 1), 'null')`;
}

/** The loader's order of a list (db/batch-loaders.ts completes every order by id), or its reverse. */
function listOrder(scope: CompileScope, meta: EntityMetadata, orderBy: ChildList<object>['orderBy'], row: string, reverse = false): string {
  return [...Object.entries(orderBy), ['id', 'asc']]
    .map(([property, direction]) => {
      if (direction !== 'asc' && direction !== 'desc') throw new NotCompilable(`${meta.className} is ordered by a relation's property`);
      const written = reverse ? (direction === 'asc' ? 'desc' : 'asc') : direction;
      return `${row}.${quoted(scope.entities.columnOf(meta, property))} ${written}`;
    })
    .join(', ');
}

const childOf = (scope: CompileScope, meta: EntityMetadata, list: ChildList<object>, row: string, parent: EntityMetadata, alias: string) =>
  `${row}.${quoted(scope.entities.columnOf(meta, list.parent, parent))} = ${alias}.${primaryKey(parent)}`;
