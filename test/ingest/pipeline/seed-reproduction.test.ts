import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../src/ingest/pipeline/build-report-document.js';
import { readReportSource } from '../../../src/ingest/sources/read-report-source.js';
import { fromProjectRoot } from '../../../src/project-root.js';

// seeds/linzi-2017.json was read by hand; reading the text mechanically must give the same
// document, field for field. Only the region codes come from outside: the text does not state them.
describe('the seed document is reproduced from the seed text', () => {
  it('equals seeds/linzi-2017.json exactly', async () => {
    const seed = JSON.parse(await readFile(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8'));
    const { text, origin } = await readReportSource(fromProjectRoot('seeds', 'linzi-2017.txt'));
    const cwd = process.cwd();
    process.chdir(fromProjectRoot());
    try {
      expect(buildReportDocument(text, origin, { regionPath: seed.issuer.government.regionPath })).toEqual(seed);
    } finally {
      process.chdir(cwd);
    }
  });
});
