import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { DemoLedgerError, generateDemoLedger } from '../src/subgraphs/requests/demo-ledger.js';

/**
 * `npm run ledger:demo -- --report <id>`: a SYNTHETIC demo ledger whose counts equal the report's
 * 2008-format table, in the configured database (stop a server on the embedded database first).
 */
const { values } = parseArgs({ options: { report: { type: 'string' } } });
const reportId = Number(values.report);
if (!Number.isSafeInteger(reportId) || reportId <= 0) {
  console.error('Name the report: npm run ledger:demo -- --report <id> (ids are listed by { reports { edges { node { id title } } } })');
  process.exit(2);
}
const database = await openDatabase(loadConfig());
try {
  const { cases, appeals } = await generateDemoLedger(database.orm.em.fork(), reportId);
  console.log(`Generated ${cases} SYNTHETIC cases and ${appeals} appeals matching report ${reportId}.`);
} catch (error) {
  if (!(error instanceof DemoLedgerError)) throw error;
  console.error(`Cannot generate a demo ledger: ${error.message}.`);
  process.exitCode = 1;
} finally {
  await database.close();
}
