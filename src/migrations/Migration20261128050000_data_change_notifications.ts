import { Migration } from '@mikro-orm/migrations';

/**
 * Every committed write to a data table sends NOTIFY data_changed (payload: the table's name), so
 * each server process clears its response cache, whoever wrote: a mutation, the import CLI in
 * another process or SQL by hand. Statement-level triggers: one notification per statement, not
 * per row, and PostgreSQL folds identical ones within a transaction and delivers them on commit.
 * A table added later needs the same trigger (test/cache/response-cache.test.ts checks).
 */
export class Migration20261128050000_data_change_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "notify_data_changed"() returns trigger language plpgsql as $$
begin
  perform pg_notify('data_changed', TG_TABLE_NAME);
  return null;
end $$;`);
    this.addSql(`do $$
declare
  t text;
begin
  for t in select tablename from pg_tables where schemaname = current_schema() and tablename <> 'mikro_orm_migrations' loop
    execute format('create trigger "notify_data_changed" after insert or update or delete or truncate on %I for each statement execute function "notify_data_changed"()', t);
  end loop;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "notify_data_changed"() cascade;`);
  }
}
