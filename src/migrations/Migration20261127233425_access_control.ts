import { Migration } from '@mikro-orm/migrations';

export class Migration20261127233425_access_control extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "api_key_role" as enum ('editor', 'provincial', 'admin');`);
    this.addSql(`create table "api_key" ("id" serial primary key, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "role" "api_key_role" not null, "government_id" int null, "region_id" int null, "label" text null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint api_key_scope_matches_role check ((role = 'editor' and government_id is not null and region_id is null)
    or (role = 'provincial' and region_id is not null and government_id is null)
    or (role = 'admin' and government_id is null and region_id is null)));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_key_government_id_index" on "api_key" ("government_id");`);
    this.addSql(`create index "api_key_region_id_index" on "api_key" ("region_id");`);

    this.addSql(`alter table "api_key" add constraint "api_key_government_id_foreign" foreign key ("government_id") references "government" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "progress_update" add column "internal_note" text null;`);

    this.addSql(`alter table "request_case" add column "applicant_name" text null, add column "applicant_contact" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`alter table "progress_update" drop column "internal_note";`);

    this.addSql(`alter table "request_case" drop column "applicant_name", drop column "applicant_contact";`);

    this.addSql(`drop type "api_key_role";`);
  }

}
