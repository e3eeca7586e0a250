import { Migration } from '@mikro-orm/migrations';

export class Migration20261128042026_report_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "report_version_kind" as enum ('IMPORT', 'CORRECTION', 'REIMPORT');`);
    this.addSql(`create type "figure_kind" as enum ('TABLE_CELL', 'PROSE_FIGURE');`);
    this.addSql(`create table "report_version" ("id" serial primary key, "report_id" int not null, "version" int not null, "kind" "report_version_kind" not null, "reason" text null, "author" text null, "source_sha256" varchar(64) null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "report_version" add constraint "report_version_report_id_version_unique" unique ("report_id", "version");`);

    this.addSql(`create table "figure_change" ("id" serial primary key, "version_id" int not null, "kind" "figure_kind" not null, "code" text not null, "prose_ordinal" int null, "label" text not null, "from_value" double precision null, "to_value" double precision null, "superseded_in_version" int null);`);
    this.addSql(`create index "figure_change_version_id_index" on "figure_change" ("version_id");`);
    this.addSql(`create index "figure_change_kind_code_index" on "figure_change" ("kind", "code");`);

    this.addSql(`alter table "report_version" add constraint "report_version_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "figure_change" add constraint "figure_change_version_id_foreign" foreign key ("version_id") references "report_version" ("id") on update cascade on delete cascade;`);

    // Reports imported before versions existed are version 1 of themselves.
    this.addSql(`insert into "report_version" ("report_id", "version", "kind", "source_sha256", "created_at") select "id", 1, 'IMPORT', "source_sha256", now() from "report";`);

    // Reviews become append-only: many decisions per finding, the latest one current.
    this.addSql(`drop index "finding_review_identity_unique";`);

    this.addSql(`create index "finding_review_government_id_department_id_year_fi_fcf90_index" on "finding_review" ("government_id", "department_id", "year", "fingerprint");`);

    this.addSql(`alter table "report" add column "version" int not null default 1;`);

    this.addSql(`alter table "finding" add column "report_version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "figure_change" drop constraint "figure_change_version_id_foreign";`);

    this.addSql(`drop table if exists "report_version" cascade;`);

    this.addSql(`drop table if exists "figure_change" cascade;`);

    this.addSql(`alter table "finding" drop column "report_version";`);

    this.addSql(`drop index "finding_review_government_id_department_id_year_fi_fcf90_index";`);

    this.addSql(`delete from "finding_review" v where exists (select 1 from "finding_review" w where w."government_id" = v."government_id" and w."department_id" is not distinct from v."department_id" and w."year" = v."year" and w."fingerprint" = v."fingerprint" and w."id" > v."id");`);
    this.addSql(`create unique index "finding_review_identity_unique" on "finding_review" ("government_id", "department_id", "year", "fingerprint") nulls not distinct;`);

    this.addSql(`alter table "report" drop column "version";`);

    this.addSql(`drop type "report_version_kind";`);
    this.addSql(`drop type "figure_kind";`);
  }

}
