import { Migration } from '@mikro-orm/migrations';

export class Migration20261127211254_whole_report extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "phase_status" as enum ('NOT_STARTED', 'IN_PROGRESS', 'DONE');`);
    this.addSql(`create table "key_domain" ("id" serial primary key, "name" varchar(255) not null);`);
    this.addSql(`alter table "key_domain" add constraint "key_domain_name_unique" unique ("name");`);

    this.addSql(`create table "progress_update" ("id" serial primary key, "area_id" int not null, "phase_id" int not null, "status" "phase_status" not null, "note" text not null, "as_of" date not null, "source" text null, "line" int null);`);
    this.addSql(`create index "progress_update_area_id_index" on "progress_update" ("area_id");`);

    this.addSql(`create table "document" ("id" serial primary key, "government_id" int not null, "issuing_department_id" int null, "title" text not null, "topic" text null, "number" text null, "issued_on" date null);`);
    this.addSql(`create index "document_government_id_index" on "document" ("government_id");`);
    this.addSql(`create index "document_issuing_department_id_index" on "document" ("issuing_department_id");`);
    this.addSql(`create index "document_issued_on_index" on "document" ("issued_on");`);
    this.addSql(`create unique index "document_identity_unique" on "document" ("government_id", "issuing_department_id", "title", "number", "issued_on") nulls not distinct;`);

    this.addSql(`create table "channel_account" ("id" serial primary key, "government_id" int not null, "channel" "channel_code" not null, "name" varchar(255) not null, "url" text null, "opened_on" text null, "description" text null, "line" int not null);`);
    this.addSql(`create index "channel_account_government_id_index" on "channel_account" ("government_id");`);
    this.addSql(`alter table "channel_account" add constraint "channel_account_government_id_channel_name_unique" unique ("government_id", "channel", "name");`);

    this.addSql(`create table "prose_figure" ("id" serial primary key, "report_id" int not null, "measure" varchar(255) not null, "value" double precision not null, "unit" varchar(255) not null, "sentence" text not null, "ordinal" int not null, "line" int not null);`);

    this.addSql(`create table "key_domain_figure" ("id" serial primary key, "report_id" int not null, "key_domain_id" int not null, "ordinal" int not null, "items" int null, "line" int not null);`);
    this.addSql(`create index "key_domain_figure_key_domain_id_index" on "key_domain_figure" ("key_domain_id");`);
    this.addSql(`alter table "key_domain_figure" add constraint "key_domain_figure_report_id_key_domain_id_unique" unique ("report_id", "key_domain_id");`);

    this.addSql(`create table "document_citation" ("id" serial primary key, "key_domain_figure_id" int not null, "document_id" int not null, "ordinal" int not null);`);
    this.addSql(`create index "document_citation_document_id_index" on "document_citation" ("document_id");`);
    this.addSql(`alter table "document_citation" add constraint "document_citation_key_domain_figure_id_document_id_unique" unique ("key_domain_figure_id", "document_id");`);

    this.addSql(`create table "statistics_cell" ("id" serial primary key, "report_id" int not null, "code" varchar(255) not null, "label" text not null, "unit" text null, "value" double precision null, "raw" text not null, "parent_code" varchar(255) null, "ordinal" int not null, "line" int not null);`);
    this.addSql(`alter table "statistics_cell" add constraint "statistics_cell_report_id_code_unique" unique ("report_id", "code");`);

    this.addSql(`create table "work_point" ("id" serial primary key, "report_id" int not null, "ordinal" int not null, "title" text not null, "text" text not null, "line" int not null);`);
    this.addSql(`alter table "work_point" add constraint "work_point_report_id_ordinal_unique" unique ("report_id", "ordinal");`);

    this.addSql(`alter table "progress_update" add constraint "progress_update_area_id_foreign" foreign key ("area_id") references "pilot_area" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "progress_update" add constraint "progress_update_phase_id_foreign" foreign key ("phase_id") references "pilot_phase" ("id") on update cascade;`);

    this.addSql(`alter table "document" add constraint "document_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);
    this.addSql(`alter table "document" add constraint "document_issuing_department_id_foreign" foreign key ("issuing_department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "channel_account" add constraint "channel_account_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);

    this.addSql(`alter table "prose_figure" add constraint "prose_figure_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "key_domain_figure" add constraint "key_domain_figure_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "key_domain_figure" add constraint "key_domain_figure_key_domain_id_foreign" foreign key ("key_domain_id") references "key_domain" ("id") on update cascade;`);

    this.addSql(`alter table "document_citation" add constraint "document_citation_key_domain_figure_id_foreign" foreign key ("key_domain_figure_id") references "key_domain_figure" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "document_citation" add constraint "document_citation_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade;`);

    this.addSql(`alter table "statistics_cell" add constraint "statistics_cell_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "work_point" add constraint "work_point_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pilot_program" add column "planned_sites" int null;`);

    this.addSql(`alter table "pilot_site" add column "implementation_document_title" text null, add column "implementation_document_number" text null, add column "progress_day_of_month" int null, add column "topic_column_count" int null, add column "topic_columns" text[] not null;`);

    this.addSql(`alter table "report" add column "portal_url" text null, add column "legal_basis" text[] not null, add column "official_name" text null, add column "official_title" text null, add column "interpretation_column" jsonb null, add column "fees" jsonb null, add column "confidentiality_review" jsonb null, add column "public_institutions" jsonb null, add column "problems" jsonb not null, add column "next_steps" jsonb not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "key_domain_figure" drop constraint "key_domain_figure_key_domain_id_foreign";`);

    this.addSql(`alter table "document_citation" drop constraint "document_citation_document_id_foreign";`);

    this.addSql(`alter table "document_citation" drop constraint "document_citation_key_domain_figure_id_foreign";`);

    this.addSql(`drop table if exists "key_domain" cascade;`);

    this.addSql(`drop table if exists "progress_update" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "channel_account" cascade;`);

    this.addSql(`drop table if exists "prose_figure" cascade;`);

    this.addSql(`drop table if exists "key_domain_figure" cascade;`);

    this.addSql(`drop table if exists "document_citation" cascade;`);

    this.addSql(`drop table if exists "statistics_cell" cascade;`);

    this.addSql(`drop table if exists "work_point" cascade;`);

    this.addSql(`alter table "pilot_program" drop column "planned_sites";`);

    this.addSql(`alter table "pilot_site" drop column "implementation_document_title", drop column "implementation_document_number", drop column "progress_day_of_month", drop column "topic_column_count", drop column "topic_columns";`);

    this.addSql(`alter table "report" drop column "portal_url", drop column "legal_basis", drop column "official_name", drop column "official_title", drop column "interpretation_column", drop column "fees", drop column "confidentiality_review", drop column "public_institutions", drop column "problems", drop column "next_steps";`);

    this.addSql(`drop type "phase_status";`);
  }

}
