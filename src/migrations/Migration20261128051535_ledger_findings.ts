import { Migration } from '@mikro-orm/migrations';

export class Migration20261128051535_ledger_findings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "rule_family" add value if not exists 'LEDGER' after 'HIERARCHY';`);
  }

}
