/**
 * SQL expressions that write JSON as text, byte for byte what JSON.stringify writes for the
 * same values: no spaces, keys in selection order, strings escaped by `to_json` (the same
 * escapes as JavaScript's), numbers in JavaScript's form. The gateway then sends the text as it
 * is (data-text.ts), with no JSON.parse of the statement's result and no stringify of the answer.
 *
 * Text is built with `||` and `string_agg`, not `json_build_object`/`json_agg`: PostgreSQL works
 * out each argument's type again for every row of json_build_object, and writes `" : "` and
 * line breaks that JSON.stringify does not.
 */

/** A SQL string literal. */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** `{"key":value,...}` from SQL text expressions, each never null. Keys are GraphQL names or aliases, which need no escaping. */
export function objectText(pairs: readonly (readonly [key: string, value: string])[]): string {
  const parts = pairs.map(([key, value], i) => `${literal(`${i === 0 ? '{' : ','}"${key}":`)} || ${value}`);
  return `(${parts.join(' || ')} || '}')`;
}

/** `[item,...]` of an aggregate's rows; `[]` when there are none. */
export function arrayText(item: string, orderBy: string, from: string): string {
  return `('[' || coalesce((select string_agg(${item}, ',' order by ${orderBy}) ${from}), '') || ']')`;
}

export const nullOr = (value: string) => `coalesce(${value}, 'null')`;
export const stringText = (value: string) => nullOr(`to_json(${value})::text`);
/** An already-safe text (a number's digits, a date, base64) in quotes. */
export const quotedText = (value: string) => nullOr(`'"' || ${value} || '"'`);
export const typeNameText = (name: string) => literal(JSON.stringify(name));

/**
 * A number as JavaScript writes it. float8's shortest text (PostgreSQL 12 and later) is
 * JavaScript's own for magnitudes from 1e-4 to below 1e15; outside them the two differ in
 * exponent form, so the statement fails there, on purpose, and the operation runs through the
 * resolvers (sql-json-gateway.ts). Zero is written apart: float8 may be -0, which JavaScript
 * writes as 0. NaN and infinities fail too, as GraphQL refuses them.
 */
export function floatText(value: string): string {
  return nullOr(`case when ${value} = 0 then '0' when abs(${value}) >= 1e-4 and abs(${value}) < 1e15 then ${value}::float8::text else ('SQL-JSON writes no float like ' || ${value}::text)::int::text end`);
}
