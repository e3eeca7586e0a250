import { Migration } from '@mikro-orm/migrations';

/**
 * The provincial feed pages progress updates by `sequence`. A plain serial is not enough: two
 * writers can take 10 and 11 and commit 11 first, and a reader that saw 11 would resume past 10
 * and never see it. So every insert first takes one transaction-wide advisory lock, held until
 * commit: writers of progress take turns, and sequence order is commit order. The lock is taken
 * in a trigger so that every writer, the importer and raw SQL included, obeys it. The column's
 * default draws a number too (the ORM needs a default to leave the column out of its INSERTs), and
 * the trigger replaces it: sequences are increasing, not dense.
 */
export class Migration20261128032450_pilot_progress_feed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "pilot_phase" add column "planned_end" date null;`);

    this.addSql(`create sequence "progress_update_feed_seq" as bigint;`);
    this.addSql(`alter table "progress_update" add column "sequence" bigint null, add column "percent" smallint null, add column "reason" text null, add column "reporter" text null, add column "recorded_at" timestamptz not null default now();`);
    this.addSql(`update "progress_update" set "sequence" = nextval('progress_update_feed_seq') from (select "id" from "progress_update" order by "id") as "ordered" where "ordered"."id" = "progress_update"."id";`);
    this.addSql(`alter table "progress_update" alter column "sequence" set not null, alter column "sequence" set default nextval('progress_update_feed_seq');`);
    this.addSql(`alter table "progress_update" add constraint "progress_update_sequence_unique" unique ("sequence");`);

    // 7370305: an arbitrary key owned by this lock alone (pg_advisory_xact_lock is database-wide).
    this.addSql(`create function "progress_update_take_sequence"() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(7370305);
        new."sequence" := nextval('progress_update_feed_seq');
        return new;
      end $$;`);
    this.addSql(`create trigger "progress_update_sequence" before insert on "progress_update" for each row execute function "progress_update_take_sequence"();`);

    this.addSql(`create function "progress_update_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'progress updates are append-only: record a new update instead of changing update %', old."id"
          using errcode = 'restrict_violation';
      end $$;`);
    this.addSql(`create trigger "progress_update_append_only" before update on "progress_update" for each row execute function "progress_update_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "progress_update_append_only" on "progress_update";`);
    this.addSql(`drop function "progress_update_append_only"();`);
    this.addSql(`drop trigger "progress_update_sequence" on "progress_update";`);
    this.addSql(`drop function "progress_update_take_sequence"();`);
    this.addSql(`alter table "pilot_phase" drop column "planned_end";`);
    this.addSql(`alter table "progress_update" drop constraint "progress_update_sequence_unique";`);
    this.addSql(`alter table "progress_update" drop column "sequence", drop column "percent", drop column "reason", drop column "reporter", drop column "recorded_at";`);
    this.addSql(`drop sequence "progress_update_feed_seq";`);
  }

}
