import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { REAL_DATABASE_URL, resetDatabase } from '../support/test-app.js';

let db: Database;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  db = await openDatabase(loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
});
afterAll(() => db?.close());

describe('the checked-in migrations', () => {
  it('build exactly the schema the entities describe: run `npm run migration:create -- <name>` when this fails', async () => {
    expect(await db.orm.getMigrator().checkMigrationNeeded()).toBe(false);
  });
});
