import { Migration } from '@mikro-orm/migrations';

export class Migration20261127205204_foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "channel_code" as enum ('WEBSITE', 'GAZETTE', 'WEIBO', 'WECHAT', 'APP', 'OTHER', 'PRESS_CONFERENCE', 'ONLINE_INTERVIEW');`);
    this.addSql(`create type "region_level" as enum ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP');`);
    this.addSql(`create type "programme_level" as enum ('NATIONAL', 'PROVINCIAL');`);
    this.addSql(`create type "department_kind" as enum ('GOVERNMENT_OFFICE', 'BUREAU', 'BRANCH_BUREAU', 'TOWN', 'STREET_OFFICE', 'PUBLIC_INSTITUTION', 'OTHER');`);
    this.addSql(`create type "report_format" as enum ('REGULATION_2008', 'TEMPLATE_2019', 'TEMPLATE_2021');`);
    this.addSql(`create type "request_channel" as enum ('IN_PERSON', 'FAX', 'ONLINE', 'LETTER', 'OTHER');`);
    this.addSql(`create type "applicant_type" as enum ('NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER_ORGANISATION');`);
    this.addSql(`create type "case_status" as enum ('RECEIVED', 'EXTENDED', 'REPLIED');`);
    this.addSql(`create type "ledger_source" as enum ('REAL', 'SYNTHETIC');`);
    this.addSql(`create table "disclosure_channel" ("id" serial primary key, "code" "channel_code" not null, "name" varchar(255) not null);`);
    this.addSql(`alter table "disclosure_channel" add constraint "disclosure_channel_code_unique" unique ("code");`);

    this.addSql(`create table "region" ("id" serial primary key, "code" varchar(12) not null, "name" varchar(255) not null, "level" "region_level" not null, "parent_id" int null);`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);
    this.addSql(`create index "region_parent_id_index" on "region" ("parent_id");`);

    this.addSql(`create table "pilot_program" ("id" serial primary key, "name" text not null, "level" "programme_level" not null, "region_id" int null);`);
    this.addSql(`alter table "pilot_program" add constraint "pilot_program_name_region_id_unique" unique ("name", "region_id");`);

    this.addSql(`create table "pilot_phase" ("id" serial primary key, "programme_id" int not null, "ordinal" int not null, "name" varchar(255) not null);`);
    this.addSql(`alter table "pilot_phase" add constraint "pilot_phase_programme_id_ordinal_unique" unique ("programme_id", "ordinal");`);

    this.addSql(`create table "government" ("id" serial primary key, "name" varchar(255) not null, "region_id" int not null, "portal_url" text null, "disclosure_office" text null, "disclosure_phone" text null);`);
    this.addSql(`create index "government_region_id_index" on "government" ("region_id");`);
    this.addSql(`alter table "government" add constraint "government_region_id_name_unique" unique ("region_id", "name");`);

    this.addSql(`create table "pilot_site" ("id" serial primary key, "programme_id" int not null, "government_id" int not null, "designated_on" varchar(10) not null);`);
    this.addSql(`create index "pilot_site_programme_id_index" on "pilot_site" ("programme_id");`);
    this.addSql(`create index "pilot_site_government_id_index" on "pilot_site" ("government_id");`);
    this.addSql(`alter table "pilot_site" add constraint "pilot_site_programme_id_government_id_unique" unique ("programme_id", "government_id");`);

    this.addSql(`create table "department" ("id" serial primary key, "name" varchar(255) not null, "kind" "department_kind" not null, "government_id" int not null);`);
    this.addSql(`create index "department_government_id_index" on "department" ("government_id");`);
    this.addSql(`alter table "department" add constraint "department_government_id_name_unique" unique ("government_id", "name");`);

    this.addSql(`create table "pilot_area" ("id" serial primary key, "site_id" int not null, "name" varchar(255) not null, "lead_department_id" int not null);`);
    this.addSql(`create index "pilot_area_lead_department_id_index" on "pilot_area" ("lead_department_id");`);
    this.addSql(`alter table "pilot_area" add constraint "pilot_area_site_id_name_unique" unique ("site_id", "name");`);

    this.addSql(`create table "report" ("id" serial primary key, "government_id" int not null, "department_id" int null, "title" text not null, "year" int not null, "format" "report_format" not null, "table_variant" varchar(255) not null, "period_start" date null, "period_end" date null, "published_at" date null, "source_url" text null, "source_file" text null, "source_sha256" varchar(64) not null);`);
    this.addSql(`create index "report_government_id_index" on "report" ("government_id");`);
    this.addSql(`create index "report_department_id_index" on "report" ("department_id");`);
    this.addSql(`create unique index "report_issuer_year_unique" on "report" ("government_id", "department_id", "year") nulls not distinct;`);

    this.addSql(`create table "channel_figure" ("id" serial primary key, "report_id" int not null, "channel_id" int not null, "items" int not null, "stated_share" numeric(5,2) null, "stated_share_text" text null, "line" int not null);`);
    this.addSql(`alter table "channel_figure" add constraint "channel_figure_report_id_channel_id_unique" unique ("report_id", "channel_id");`);

    this.addSql(`create table "report_section" ("id" serial primary key, "report_id" int not null, "ordinal" int not null, "heading" text not null, "text" text not null, "line_start" int not null, "line_end" int not null);`);
    this.addSql(`alter table "report_section" add constraint "report_section_report_id_ordinal_unique" unique ("report_id", "ordinal");`);

    this.addSql(`create table "request_case" ("id" serial primary key, "government_id" int not null, "department_id" int null, "received_on" date not null, "channel" "request_channel" not null, "applicant_type" "applicant_type" not null, "subject" text not null, "status" "case_status" not null default 'RECEIVED', "replied_on" date null, "source" "ledger_source" not null);`);
    this.addSql(`create index "request_case_government_id_index" on "request_case" ("government_id");`);

    this.addSql(`alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pilot_program" add constraint "pilot_program_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "pilot_phase" add constraint "pilot_phase_programme_id_foreign" foreign key ("programme_id") references "pilot_program" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "government" add constraint "government_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade;`);

    this.addSql(`alter table "pilot_site" add constraint "pilot_site_programme_id_foreign" foreign key ("programme_id") references "pilot_program" ("id") on update cascade;`);
    this.addSql(`alter table "pilot_site" add constraint "pilot_site_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);

    this.addSql(`alter table "department" add constraint "department_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);

    this.addSql(`alter table "pilot_area" add constraint "pilot_area_site_id_foreign" foreign key ("site_id") references "pilot_site" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "pilot_area" add constraint "pilot_area_lead_department_id_foreign" foreign key ("lead_department_id") references "department" ("id") on update cascade;`);

    this.addSql(`alter table "report" add constraint "report_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);
    this.addSql(`alter table "report" add constraint "report_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "channel_figure" add constraint "channel_figure_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "channel_figure" add constraint "channel_figure_channel_id_foreign" foreign key ("channel_id") references "disclosure_channel" ("id") on update cascade;`);

    this.addSql(`alter table "report_section" add constraint "report_section_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "request_case" add constraint "request_case_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);
    this.addSql(`alter table "request_case" add constraint "request_case_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "channel_figure" drop constraint "channel_figure_channel_id_foreign";`);

    this.addSql(`alter table "region" drop constraint "region_parent_id_foreign";`);

    this.addSql(`alter table "pilot_program" drop constraint "pilot_program_region_id_foreign";`);

    this.addSql(`alter table "government" drop constraint "government_region_id_foreign";`);

    this.addSql(`alter table "pilot_phase" drop constraint "pilot_phase_programme_id_foreign";`);

    this.addSql(`alter table "pilot_site" drop constraint "pilot_site_programme_id_foreign";`);

    this.addSql(`alter table "pilot_site" drop constraint "pilot_site_government_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_government_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_government_id_foreign";`);

    this.addSql(`alter table "request_case" drop constraint "request_case_government_id_foreign";`);

    this.addSql(`alter table "pilot_area" drop constraint "pilot_area_site_id_foreign";`);

    this.addSql(`alter table "pilot_area" drop constraint "pilot_area_lead_department_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_department_id_foreign";`);

    this.addSql(`alter table "request_case" drop constraint "request_case_department_id_foreign";`);

    this.addSql(`alter table "channel_figure" drop constraint "channel_figure_report_id_foreign";`);

    this.addSql(`alter table "report_section" drop constraint "report_section_report_id_foreign";`);

    this.addSql(`drop table if exists "disclosure_channel" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "pilot_program" cascade;`);

    this.addSql(`drop table if exists "pilot_phase" cascade;`);

    this.addSql(`drop table if exists "government" cascade;`);

    this.addSql(`drop table if exists "pilot_site" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "pilot_area" cascade;`);

    this.addSql(`drop table if exists "report" cascade;`);

    this.addSql(`drop table if exists "channel_figure" cascade;`);

    this.addSql(`drop table if exists "report_section" cascade;`);

    this.addSql(`drop table if exists "request_case" cascade;`);

    this.addSql(`drop type "channel_code";`);
    this.addSql(`drop type "region_level";`);
    this.addSql(`drop type "programme_level";`);
    this.addSql(`drop type "department_kind";`);
    this.addSql(`drop type "report_format";`);
    this.addSql(`drop type "request_channel";`);
    this.addSql(`drop type "applicant_type";`);
    this.addSql(`drop type "case_status";`);
    this.addSql(`drop type "ledger_source";`);
  }

}
