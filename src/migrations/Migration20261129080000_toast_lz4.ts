import { Migration } from '@mikro-orm/migrations';

/**
 * Long values (a finding's involved cells and sentences, a section's text) are compressed with
 * lz4 instead of PostgreSQL's default pglz, where the server is built with lz4: pglz was the
 * largest single cost of the database's CPU in a report's import, and lz4 compresses several times
 * faster. The embedded database (PGlite) has only pglz and keeps it. Only values written from now
 * on are affected. A table added later needs the same (test/db/toast-compression.test.ts checks).
 */
export class Migration20261129080000_toast_lz4 extends Migration {
  override async up(): Promise<void> {
    this.addSql(setCompression('lz4'));
  }

  override async down(): Promise<void> {
    this.addSql(setCompression('default'));
  }
}

/** Every compressible column of the schema's tables, if the server offers lz4. */
const setCompression = (method: 'lz4' | 'default') => `do $$
declare
  c record;
begin
  if not exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
    return;
  end if;
  for c in select t.relname, a.attname from pg_attribute a join pg_class t on t.oid = a.attrelid
            where t.relnamespace = current_schema()::regnamespace and t.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attstorage in ('x', 'm') loop
    execute format('alter table %I alter column %I set compression ${method}', c.relname, c.attname);
  end loop;
end $$;`;
