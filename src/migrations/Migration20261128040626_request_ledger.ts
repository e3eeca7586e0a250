import { Migration } from '@mikro-orm/migrations';

/** The case ledger's outcomes, appeals and history; the history is append-only, as the progress updates are. */
export class Migration20261128040626_request_ledger extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "reply_outcome" as enum ('DISCLOSED', 'PARTLY_DISCLOSED', 'WITHHELD', 'UNAVAILABLE', 'NOT_PROCESSED', 'OTHER');`);
    this.addSql(`create type "close_reason" as enum ('COMPLETED', 'WITHDRAWN');`);
    this.addSql(`create type "case_event_kind" as enum ('REGISTERED', 'REPLIED', 'EXTENDED', 'CLOSED', 'APPEAL_FILED', 'APPEAL_DECIDED');`);
    this.addSql(`create type "appeal_kind" as enum ('RECONSIDERATION', 'LITIGATION');`);
    this.addSql(`create type "appeal_outcome" as enum ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING');`);
    this.addSql(`create table "case_event" ("id" serial primary key, "request_case_id" int not null, "kind" "case_event_kind" not null, "recorded_at" timestamptz not null default now(), "recorded_by" text not null, "details" jsonb not null);`);
    this.addSql(`create index "case_event_request_case_id_index" on "case_event" ("request_case_id");`);

    this.addSql(`create table "appeal" ("id" serial primary key, "request_case_id" int not null, "kind" "appeal_kind" not null, "filed_on" date not null, "after_reconsideration" boolean not null, "outcome" "appeal_outcome" not null default 'PENDING', "decided_on" date null);`);
    this.addSql(`create index "appeal_request_case_id_index" on "appeal" ("request_case_id");`);

    this.addSql(`alter table "case_event" add constraint "case_event_request_case_id_foreign" foreign key ("request_case_id") references "request_case" ("id") on update cascade;`);

    this.addSql(`alter table "appeal" add constraint "appeal_request_case_id_foreign" foreign key ("request_case_id") references "request_case" ("id") on update cascade;`);

    this.addSql(`alter type "case_status" add value if not exists 'CLOSED' after 'REPLIED';`);

    this.addSql(`alter table "request_case" add column "outcome" "reply_outcome" null, add column "outcome_reason" text null, add column "fee" numeric(10,2) null, add column "closed_on" date null, add column "close_reason" "close_reason" null;`);

    this.addSql(`create function "case_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'the history of a case is append-only: event % cannot be changed or removed', old."id"
          using errcode = 'restrict_violation';
      end $$;`);
    this.addSql(`create trigger "case_event_append_only" before update or delete on "case_event" for each row execute function "case_event_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "case_event_append_only" on "case_event";`);
    this.addSql(`drop function "case_event_append_only"();`);
    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "appeal" cascade;`);

    this.addSql(`alter table "request_case" drop column "outcome", drop column "outcome_reason", drop column "fee", drop column "closed_on", drop column "close_reason";`);

    this.addSql(`drop type "reply_outcome";`);
    this.addSql(`drop type "close_reason";`);
    this.addSql(`drop type "case_event_kind";`);
    this.addSql(`drop type "appeal_kind";`);
    this.addSql(`drop type "appeal_outcome";`);
  }

}
