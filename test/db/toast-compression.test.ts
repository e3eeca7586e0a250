import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { seedIfEmpty } from '../../src/importer/seed-database.js';
import { fromProjectRoot } from '../../src/project-root.js';
import { REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';

// Long values are compressed with lz4 on a server built with it (Debian's is), and with pglz on
// the embedded database, which has nothing else. Every compressible column, tables added later too.
let db: Database;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  db = await openDatabase(loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
  await seedIfEmpty(db.orm, fromProjectRoot('seeds'));
});
afterAll(() => db?.close());

const rows = <T>(sql: string) => db.orm.em.fork().getConnection().execute<T[]>(sql);
const method = REAL_DATABASE_URL ? 'lz4' : 'pglz';

describe('TOAST compression', () => {
  it(`is ${method} for every compressible column`, async () => {
    const columns = await rows<{ column: string; compression: string }>(`
      select t.relname || '.' || a.attname as column, coalesce(nullif(a.attcompression::text, ''), 'default') as compression
        from pg_attribute a join pg_class t on t.oid = a.attrelid
       where t.relnamespace = current_schema()::regnamespace and t.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attstorage in ('x', 'm')`);
    expect(columns.map((c) => c.column)).toEqual(expect.arrayContaining(['finding.involved', 'report_section.text', 'statistics_cell.label']));
    expect(new Set(columns.map((c) => c.compression))).toEqual(new Set([REAL_DATABASE_URL ? 'l' : 'default']));
  });

  it(`compresses the seed's long findings and sections with ${method}`, async () => {
    const used = await rows<{ method: string; values: number }>(`
      select m as method, count(*)::int as values from (
        select pg_column_compression(involved) as m from finding union all select pg_column_compression(text) from report_section) v
       where m is not null group by m`);
    expect(used.map((u) => u.method)).toEqual([method]);
    expect(used[0].values).toBeGreaterThan(0);
  });
});
