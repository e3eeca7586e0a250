import { Migration } from '@mikro-orm/migrations';

export class Migration20261128011314_finding_reviews extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "finding_decision" as enum ('CONFIRMED', 'DISMISSED');`);
    this.addSql(`create table "finding_review" ("id" serial primary key, "government_id" int not null, "department_id" int null, "year" int not null, "fingerprint" text not null, "decision" "finding_decision" not null, "comment" text not null, "reviewed_by" text not null, "reviewed_at" timestamptz not null);`);
    this.addSql(`create index "finding_review_government_id_index" on "finding_review" ("government_id");`);
    this.addSql(`create unique index "finding_review_identity_unique" on "finding_review" ("government_id", "department_id", "year", "fingerprint") nulls not distinct;`);

    this.addSql(`alter table "finding_review" add constraint "finding_review_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade;`);
    this.addSql(`alter table "finding_review" add constraint "finding_review_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finding_review" cascade;`);

    this.addSql(`drop type "finding_decision";`);
  }

}
