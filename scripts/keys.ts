import 'reflect-metadata';
import { runKeysCommand } from '../src/auth/keys-cli.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

/**
 * `npm run keys -- create|list|revoke`: API keys in the configured database (DATABASE_URL, or
 * the embedded one in DATA_DIR; stop a server using the embedded database first, since only one
 * process may open its folder).
 */
const database = await openDatabase(loadConfig());
try {
  process.exitCode = await runKeysCommand(process.argv.slice(2), database.orm, process);
} finally {
  await database.close();
}
