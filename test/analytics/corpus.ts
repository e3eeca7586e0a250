import { fromProjectRoot } from '../../src/project-root.js';
import { runImport } from '../../src/ingest/pipeline/run-import.js';
import type { TestApp } from '../support/test-app.js';

const FUJIAN = '350000:福建省:PROVINCE,350100:福州市:CITY,350128:平潭综合实验区:COUNTY';

/** Imports the four real corpus reports (all three formats) into a test app's database. */
export async function importCorpus(app: TestApp): Promise<void> {
  const sink = { write: () => true };
  const run = await runImport(['--region-path', FUJIAN, fromProjectRoot('test', 'fixtures', 'corpus')], { stdout: sink, stderr: sink, database: app.database });
  if (run.exitCode !== 0) throw new Error(`corpus import failed: ${JSON.stringify(run.outcomes)}`);
}

/** A cell's number read back from its printed text, independently of the parser's `value`: blank and "/" are null. */
export function rawNumber(raw: string): number | null {
  const text = raw.replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}
