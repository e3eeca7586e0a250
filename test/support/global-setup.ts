import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { recomputeStaleFindings } from '../../src/findings/recompute-findings.js';
import { seedIfEmpty } from '../../src/importer/seed-database.js';
import { syncCalendar } from '../../src/subgraphs/requests/sync-calendar.js';
import { fromProjectRoot } from '../../src/project-root.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A dump of an embedded database already migrated, seeded and checked, or '' on a real PostgreSQL. */
    dataTemplate: string;
  }
}

/**
 * Migrating, seeding and checking a new embedded database takes seconds; doing it once and
 * starting every test server's in-memory database from a dump of the result (DATA_TEMPLATE)
 * saves them in each file. Each server still gets its own copy.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('dataTemplate', '');
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'gateway-template-'));
  const database = await openDatabase(loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'silent', NODE_ENV: 'test' }));
  try {
    await syncCalendar(database.orm.em.fork());
    await seedIfEmpty(database.orm, fromProjectRoot('seeds'));
    await recomputeStaleFindings(database.orm.em.fork());
    const path = join(dir, 'seeded.tar.gz');
    await writeFile(path, Buffer.from(await (await database.embedded!.dump()).arrayBuffer()));
    project.provide('dataTemplate', path);
  } finally {
    await database.close();
  }
  return () => rm(dir, { recursive: true, force: true });
}
