import { Migration } from '@mikro-orm/migrations';

/**
 * Reply deadlines are worked out by the database, from the holiday calendar it holds, so that every
 * writer (mutations, the demo generator, raw SQL) stores the same deadline for the same case.
 * add_working_days counts from the day after `start`; a day is a working day when the calendar
 * makes it one (调休上班) or when it is a weekday the calendar does not make a day off.
 */
export class Migration20261128035546_request_deadlines extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'MAKEUP_WORKDAY');`);
    this.addSql(`create type "regulation" as enum ('REGULATION_2008', 'REGULATION_2019');`);
    this.addSql(`create table "calendar_day" ("date" date not null, "kind" "calendar_day_kind" not null, "holiday" varchar(255) not null, constraint "calendar_day_pkey" primary key ("date"));`);

    this.addSql(`alter table "request_case" add column "regulation" "regulation" null, add column "due_on" date null, add column "extension_days" smallint null, add column "reply_by" date null;`);

    this.addSql(`create function "add_working_days"("start" date, "days" int) returns date language plpgsql stable as $$
      declare
        "day" date := "start";
        "counted" int := 0;
      begin
        while "counted" < "days" loop
          "day" := "day" + 1;
          if coalesce((select "kind" = 'MAKEUP_WORKDAY' from "calendar_day" where "date" = "day"), extract(isodow from "day") < 6) then
            "counted" := "counted" + 1;
          end if;
        end loop;
        return "day";
      end $$;`);
    // The limits: 2008 条例 第二十四条 (15 + 15) before 2019-05-15, 2019 条例 第三十三条 (20 + 20) from then.
    this.addSql(`create function "request_case_deadlines"() returns trigger language plpgsql as $$
      declare
        "limit" int;
      begin
        if new."received_on" < date '2019-05-15' then
          new."regulation" := 'REGULATION_2008'; "limit" := 15;
        else
          new."regulation" := 'REGULATION_2019'; "limit" := 20;
        end if;
        if new."extension_days" is not null and (new."extension_days" < 1 or new."extension_days" > "limit") then
          raise exception 'an extension is 1 to % working days under %; got %', "limit", new."regulation", new."extension_days" using errcode = 'check_violation';
        end if;
        new."due_on" := add_working_days(new."received_on", "limit");
        new."reply_by" := add_working_days(new."due_on", coalesce(new."extension_days", 0));
        return new;
      end $$;`);
    this.addSql(`create trigger "request_case_deadlines" before insert or update of "received_on", "extension_days" on "request_case" for each row execute function "request_case_deadlines"();`);
    this.addSql(`update "request_case" set "received_on" = "received_on";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "request_case_deadlines" on "request_case";`);
    this.addSql(`drop function "request_case_deadlines"();`);
    this.addSql(`drop function "add_working_days"(date, int);`);
    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`alter table "request_case" drop column "regulation", drop column "due_on", drop column "extension_days", drop column "reply_by";`);

    this.addSql(`drop type "calendar_day_kind";`);
    this.addSql(`drop type "regulation";`);
  }

}
