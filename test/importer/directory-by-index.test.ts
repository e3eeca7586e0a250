import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDirectory } from '../../src/importer/upsert-directory.js';
import { SHANDONG, syntheticDocument } from '../findings/support/documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * A bulk import writes each report's directory rows, so finding them must not cost more as the
 * regions stored grow. The region path came as a JSON parameter that PostgreSQL takes for a hundred
 * rows, and joined to the table, its plan scanned every region three times a report once there
 * were a few thousand. Counted in the transaction's own table statistics, not in time.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // Three thousand made-up counties, analyzed, so that a plan that can scan them whole would.
  const connection = app.database.orm.em.getConnection();
  await connection.execute(`insert into region (code, name, level) select (600000 + g)::text, '索引县' || g, 'COUNTY' from generate_series(1, 3000) g`);
  await connection.execute('analyze region');
});
afterAll(() => app?.stop());

describe('the directory rows of a report at import', () => {
  it('are found through the region code’s index, with 3,000 other regions stored', async () => {
    const doc = syntheticDocument({ government: '索引测试县人民政府', regionPath: [SHANDONG, { code: '379901', name: '索引测试县', level: 'COUNTY' }], year: 2021, cells: {} });
    const read = await app.database.orm.em.fork().transactional(async (tx) => {
      const directory = await upsertDirectory(tx, doc);
      const [region] = await tx
        .getConnection()
        .execute(`select seq_tup_read, idx_scan from pg_stat_xact_user_tables where relname = 'region'`, [], 'all', tx.getTransactionContext());
      return { regions: [...directory.regionIds.keys()].sort(), seqTupRead: Number(region.seq_tup_read), indexScans: Number(region.idx_scan) > 0 };
    });
    const { seqTupRead, ...found } = read;
    expect(found).toEqual({ regions: ['370000', '379901'], indexScans: true });
    // Scanning the regions once reads all 3,000. A few rows may be read by the foreign-key checks,
    // whose plans the server keeps per connection (6 on the real server, 0 on the embedded one).
    expect(seqTupRead).toBeLessThan(100);
  });
});
