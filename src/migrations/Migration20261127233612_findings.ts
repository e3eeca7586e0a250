import { Migration } from '@mikro-orm/migrations';

export class Migration20261127233612_findings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "rule_family" as enum ('TABLE_IDENTITY', 'PROSE_VS_TABLE', 'SHARES', 'ACROSS_YEARS', 'REPEATS', 'PLAUSIBILITY', 'PROSE_CONTRADICTION', 'HIERARCHY');`);
    this.addSql(`create type "finding_severity" as enum ('ERROR', 'WARNING');`);
    this.addSql(`create type "finding_status" as enum ('HOLDS', 'BROKEN');`);
    this.addSql(`create table "finding" ("id" serial primary key, "report_id" int not null, "rule_id" varchar(255) not null, "family" "rule_family" not null, "severity" "finding_severity" not null, "status" "finding_status" not null, "expected" double precision null, "actual" double precision null, "message" text not null, "involved" jsonb not null, "fingerprint" varchar(32) not null, "rule_set_version" varchar(12) not null, "ordinal" int not null);`);
    this.addSql(`create index "finding_rule_id_status_index" on "finding" ("rule_id", "status");`);
    this.addSql(`alter table "finding" add constraint "finding_report_id_fingerprint_unique" unique ("report_id", "fingerprint");`);

    this.addSql(`alter table "finding" add constraint "finding_report_id_foreign" foreign key ("report_id") references "report" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finding" cascade;`);

    this.addSql(`drop type "rule_family";`);
    this.addSql(`drop type "finding_severity";`);
    this.addSql(`drop type "finding_status";`);
  }

}
