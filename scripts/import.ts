import 'reflect-metadata';
import { runImport } from '../src/ingest/pipeline/run-import.js';

/**
 * `npm run import -- [--dry-run] [--json] --region-path … <file|folder|url>...`: reads annual
 * reports, builds their documents and imports each in its own transaction. See run-import.ts.
 */
const { exitCode } = await runImport(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
process.exitCode = exitCode;
