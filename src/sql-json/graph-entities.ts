import { type EntityMetadata, type EntityProperty, type MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import { type GraphQLField, type GraphQLNamedType, GraphQLEnumType, GraphQLScalarType, getNamedType, isListType, isNonNullType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Which GraphQL object types are rows of which tables, and which of their fields are plain
 * columns: the facts the SQL-JSON compiler may rely on without knowing any resolver.
 *
 * A field counts as a column only when every one of these holds, because only then does the
 * regular path read the row's property unchanged:
 * - its type is a MikroORM entity whose class type-graphql declared under the type's name;
 * - the entity has a persisted scalar property of the field's name, in one column;
 * - type-graphql has no resolver and no middleware for the field (a `@Protected` field has one);
 * - the column's SQL type gives, in JSON, exactly what the field's GraphQL type serializes.
 * Anything else (JSON columns, computed fields, guarded fields) is left to the resolvers.
 */

export interface ColumnSql {
  column: string;
  /** How the value is written as JSON text (json-text.ts): an ID from a number column is a quoted string, a date is YYYY-MM-DD. */
  as: 'string' | 'integer' | 'float' | 'decimal' | 'boolean' | 'numericId' | 'date';
}

const INTEGER_COLUMN = /^(int|int2|int4|integer|smallint|serial)$/;
const NUMBER_COLUMN = /^(int|int2|int4|int8|integer|smallint|bigint|serial|numeric|decimal|real|double precision|float4|float8)(\(.*\))?$/;
const TEXT_COLUMN = /^(text|varchar|character varying|char|character)(\(.*\))?$/;
/**
 * numeric(p, s) whose every value JavaScript writes as its trimmed decimal text: at most 15
 * significant digits (a double keeps them exactly, and its shortest form is that text), and no
 * value so small or large that JavaScript switches to an exponent (below 1e-6 or from 1e21).
 */
const SHORT_DECIMAL_COLUMN = /^(?:numeric|decimal)\((\d+),\s*(\d+)\)$/;
const isShortDecimal = (columnType: string) => {
  const [, precision, scale] = SHORT_DECIMAL_COLUMN.exec(columnType) ?? [];
  return precision !== undefined && Number(precision) <= 15 && Number(scale) <= 6;
};

export class GraphEntities {
  private readonly entityByType = new Map<string, EntityMetadata>();
  private readonly typeByEntity = new Map<unknown, string>();
  private readonly columns = new Map<string, ColumnSql | null>();

  constructor(orm: MetadataStorage) {
    for (const objectType of getMetadataStorage().objectTypes) {
      const meta = orm.find(objectType.target.name);
      // A stub of another subgraph's entity shares the type name but is no entity.
      if (meta?.class === objectType.target) {
        this.entityByType.set(objectType.name, meta);
        this.typeByEntity.set(meta.class, objectType.name);
      }
    }
  }

  /** An entity class's metadata and the name of its type in the graph. */
  ofEntity(entity: unknown): { meta: EntityMetadata; typeName: string } | undefined {
    const typeName = this.typeByEntity.get(entity);
    return typeName === undefined ? undefined : { meta: this.entityByType.get(typeName)!, typeName };
  }

  entity(typeName: string): EntityMetadata | undefined {
    return this.entityByType.get(typeName);
  }

  /**
   * The one column of an entity's property: a scalar, or a to-one relation (to `target`, when
   * given). Declarations in resolved-as-sql.ts name properties; a wrong name stops the compile.
   */
  columnOf(meta: EntityMetadata, property: string, target?: EntityMetadata): string {
    const prop = meta.properties[property as never] as EntityProperty | undefined;
    const toOne = prop?.kind === ReferenceKind.MANY_TO_ONE || (prop?.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
    if (!prop || prop.fieldNames?.length !== 1 || !(prop.kind === ReferenceKind.SCALAR || toOne) || (target && prop.targetMeta?.class !== target.class)) {
      throw new Error(`${meta.className}.${property} is not a single-column property${target ? ` relating to ${target.className}` : ''}`);
    }
    return prop.fieldNames[0];
  }

  /** The column behind `Type.field`, or null when the field is not a plain column. */
  column(typeName: string, field: GraphQLField<unknown, unknown>): ColumnSql | null {
    const key = `${typeName}.${field.name}`;
    if (!this.columns.has(key)) this.columns.set(key, this.findColumn(typeName, field));
    return this.columns.get(key)!;
  }

  private findColumn(typeName: string, field: GraphQLField<unknown, unknown>): ColumnSql | null {
    const meta = this.entityByType.get(typeName);
    const prop = meta?.properties[field.name as never] as EntityProperty | undefined;
    if (!meta || !prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) return null;
    if (field.args.length > 0 || hasResolverOrMiddleware(meta.class, field.name)) return null;
    const as = jsonForm(prop, field);
    return as ? { column: prop.fieldNames[0], as } : null;
  }
}

function hasResolverOrMiddleware(target: unknown, fieldName: string): boolean {
  const storage = getMetadataStorage();
  return (
    storage.fieldResolvers.some((r) => r.schemaName === fieldName && (r.target === target || r.getObjectType?.() === target)) ||
    storage.middlewares.some((m) => m.target === target && m.fieldName === fieldName) ||
    !storage.fields.some((f) => f.target === target && f.schemaName === fieldName && f.name === fieldName && !f.middlewares?.length)
  );
}

/** How a column's value must be written for JSON to equal what GraphQL serializes, or null if no form does. */
function jsonForm(prop: EntityProperty, field: GraphQLField<unknown, unknown>): ColumnSql['as'] | null {
  const columnType = (prop.columnTypes?.[0] ?? '').toLowerCase();
  const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  const type: GraphQLNamedType = getNamedType(field.type);
  if (list) return type.name === 'String' && /^(text|varchar.*)\[\]$/.test(columnType) ? 'string' : null;
  if (type instanceof GraphQLEnumType) {
    // GraphQL writes an enum value's name; the column holds the value, so they must be the same strings.
    const names = new Set(type.getValues().map((v) => v.name));
    return prop.enum && (prop.items ?? []).every((item) => names.has(String(item))) ? 'string' : null;
  }
  if (!(type instanceof GraphQLScalarType)) return null;
  switch (type.name) {
    case 'ID':
      if (NUMBER_COLUMN.test(columnType)) return 'numericId';
      return TEXT_COLUMN.test(columnType) ? 'string' : null;
    case 'Int':
      return INTEGER_COLUMN.test(columnType) ? 'integer' : null;
    case 'Float':
      if (isShortDecimal(columnType)) return 'decimal';
      return NUMBER_COLUMN.test(columnType) ? 'float' : null;
    case 'String':
      return TEXT_COLUMN.test(columnType) ? 'string' : null;
    case 'Boolean':
      return columnType === 'boolean' || columnType === 'bool' ? 'boolean' : null;
    case 'LocalDate':
      return columnType === 'date' ? 'date' : null;
    default:
      return null;
  }
}
