import { readFile } from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../../src/importer/seed-database.js';
import { fromProjectRoot } from '../../../src/project-root.js';

// seeds/linzi-2017.json was read by hand; the start-up seeding reads seeds/linzi-2017.txt
// mechanically, with only seeds/linzi-2017.meta.json's region codes from outside (the text does
// not state them), and must give the same document, field for field.
describe('the seeds are loaded through the importer', () => {
  it('reads seeds/linzi-2017.txt into exactly seeds/linzi-2017.json', async () => {
    const seed = JSON.parse(await readFile(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8'));
    expect(await readSeeds(fromProjectRoot('seeds'))).toEqual([seed]);
  });

  it('refuses a meta file that does not say who issued the report, naming the file and the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    try {
      await writeFile(join(dir, 'x.meta.json'), JSON.stringify({ source: 'x.txt', issuer: { regionPath: [{ code: '37', name: '山东省', level: 'PROVINCE' }] } }));
      await expect(readSeeds(dir)).rejects.toThrowError('x.meta.json: issuer.regionPath.0.code: Invalid string: must match pattern /^\\d{6}$/');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
