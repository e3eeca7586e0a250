import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { recomputeAllFindings, recomputeStaleFindings } from './recompute-findings.js';
import { RULE_SET_VERSION } from './rule-set.js';

/**
 * `npm run findings -- recompute [--stale]`: checks every report in the configured database
 * again (or, with --stale, only those not yet checked by this rule set) and prints a summary.
 */
const [command, ...options] = process.argv.slice(2);
if (command !== 'recompute' || options.some((o) => o !== '--stale')) {
  console.error('Usage: npm run findings -- recompute [--stale]\n  --stale  only reports not yet checked by the current rule set');
  process.exit(2);
}

const database = await openDatabase(loadConfig(process.env));
try {
  const em = database.orm.em.fork();
  const summary = options.includes('--stale') ? await recomputeStaleFindings(em) : await recomputeAllFindings(em);
  console.log(`Rule set ${RULE_SET_VERSION}: ${summary.reports} report(s), ${summary.checks} checks, ${summary.checks - summary.broken} hold, ${summary.broken} broken.`);
} finally {
  await database.close();
}
