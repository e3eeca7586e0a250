/**
 * The values of one SQL statement. MikroORM's `execute` hands SQL to knex, which binds `?`
 * placeholders in the order they appear in the text: so values are added in the order their
 * SQL is written, and the compiler writes SQL strictly left to right.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** A placeholder for one value. */
  add(value: unknown): string {
    this.values.push(value);
    return '?';
  }

  /** Takes in a statement knex wrote with `?` placeholders (knex never writes a value inline). */
  addStatement({ sql, bindings }: { sql: string; bindings: readonly unknown[] }): string {
    this.values.push(...bindings);
    return sql;
  }
}
