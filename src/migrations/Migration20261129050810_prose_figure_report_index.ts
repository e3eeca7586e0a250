import { Migration } from '@mikro-orm/migrations';

export class Migration20261129050810_prose_figure_report_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "prose_figure_report_id_ordinal_index" on "prose_figure" ("report_id", "ordinal");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "prose_figure_report_id_ordinal_index";`);
  }

}
