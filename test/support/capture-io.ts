import type { Database } from '../../src/db/database.js';
import type { ImportIo } from '../../src/ingest/pipeline/run-import.js';

/** What an import run writes, collected so that a test can read it back; stderr is not a terminal, so no progress bar. */
export function captureIo(database?: Database): ImportIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (chunk: string) => out.push(chunk) },
    stderr: { write: (chunk: string) => err.push(chunk), isTTY: false },
    database,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
