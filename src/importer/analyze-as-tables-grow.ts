import type { EntityManager } from '@mikro-orm/core';

/** Reports a run imports before it first analyzes, and the fewest between two analyzes. */
const FIRST_ANALYZE_AFTER = 100;

/** The tables a foreign key points at, which every imported row's checks look up. */
const REFERENCED_TABLES = `select distinct quote_ident(c.relname) as name
  from pg_constraint k join pg_class c on c.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace
 where k.contype = 'f' and n.nspname = current_schema()
 order by 1`;

/**
 * A bulk import grows its tables far faster than autovacuum analyzes them: autovacuum wakes once
 * a minute, and a run imports thousands of reports in that time. PostgreSQL keeps the plans of a
 * session's foreign-key checks, and of the import's prepared statements, until the tables they
 * read are analyzed again; a plan made while a table was small scans it whole, however large it
 * has grown. Measured on 2,000 reports imported into an empty database, those scans read
 * millions of rows, and each report's import cost more than the last.
 *
 * So a run analyzes the tables that foreign keys point at (the directory, the reports, the key
 * domains' figures: a few tens of milliseconds) each time the reports table has doubled since it
 * last did, and the plans are made again at their new size. A database that is already large
 * gets no ANALYZE from a small run. One ANALYZE runs at a time, beside the imports: it does not
 * block their inserts. A failure to analyze only costs speed, so it is reported and not thrown.
 */
export class AnalyzeAsTablesGrow {
  private running: Promise<void> | null = null;
  /** The reports table's size when it was last analyzed, or as good as analyzed. */
  private analyzedAt: number;

  private constructor(
    private readonly em: EntityManager,
    private reports: number,
    private readonly warn: (message: string) => void,
  ) {
    this.analyzedAt = Math.max(reports, FIRST_ANALYZE_AFTER / 2);
  }

  static async start(em: EntityManager, warn: (message: string) => void): Promise<AnalyzeAsTablesGrow> {
    const [row] = await em.getConnection().execute<{ reports: number }[]>('select count(*)::int as reports from report');
    return new AnalyzeAsTablesGrow(em, row.reports, warn);
  }

  /** Called once for each report the run wrote. */
  imported(): void {
    this.reports += 1;
    if (this.running || this.reports < 2 * this.analyzedAt) return;
    this.analyzedAt = this.reports;
    this.running = this.analyze().finally(() => (this.running = null));
  }

  /** Waits for an ANALYZE still running, so that the run leaves nothing behind. */
  async settle(): Promise<void> {
    await this.running;
  }

  private async analyze(): Promise<void> {
    try {
      const connection = this.em.getConnection();
      const tables: { name: string }[] = await connection.execute(REFERENCED_TABLES);
      if (tables.length > 0) await connection.execute(`analyze ${tables.map((table) => table.name).join(', ')}`);
    } catch (error) {
      this.warn(`could not analyze the tables the import grows (the import goes on, perhaps slower): ${(error as Error).message}`);
    }
  }
}
