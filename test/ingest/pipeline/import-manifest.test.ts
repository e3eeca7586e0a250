import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { type Database, openDatabase } from '../../../src/db/database.js';
import { runImport } from '../../../src/ingest/pipeline/run-import.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { Report } from '../../../src/subgraphs/reports/report.entity.js';
import { captureIo } from '../../support/capture-io.js';
import { REAL_DATABASE_URL, resetDatabase } from '../../support/test-app.js';

/*
 * `npm run import -- --manifest FILE.csv`: many regions' reports in one run, each row naming its
 * source and issuer. A bad manifest stops the run before anything is written.
 */

const CORPUS = fromProjectRoot('test', 'fixtures', 'corpus');
const PINGTAN = '350000:福建省:PROVINCE,350100:福州市:CITY,350128:平潭综合实验区:COUNTY';
const SHUYANG = '320000:江苏省:PROVINCE,321300:宿迁市:CITY,321322:沭阳县:COUNTY';

let db: Database;
let folder: string;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  db = await openDatabase(loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
  // A manifest beside its reports: pingtan/ holds two reports, the third sits next to the CSV.
  folder = await mkdtemp(join(tmpdir(), 'import-manifest-'));
  await mkdir(join(folder, 'pingtan'));
  for (const file of ['03-fj-pingtan-zone-2017.txt', '06-fj-pingtan-zone-2019.txt']) await copyFile(join(CORPUS, file), join(folder, 'pingtan', file));
  await copyFile(join(CORPUS, '07-js-shuyang-county-2025.txt'), join(folder, '07-js-shuyang-county-2025.txt'));
});
afterAll(async () => {
  await db?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const run = async (manifest: string, ...extra: string[]) => {
  const path = join(folder, 'manifest.csv');
  await writeFile(path, manifest);
  const io = captureIo(db);
  return { ...(await runImport([...extra, '--manifest', path], io)), io };
};
const storedReports = async () =>
  (await db.orm.em.fork().find(Report, {}, { orderBy: { year: 'asc' }, populate: ['government.region'] })).map((r) => [r.government.getEntity().region.getEntity().code, r.government.getEntity().name, r.year]);

describe('npm run import -- --manifest', () => {
  it('imports each row’s sources under its own issuer, relative to the manifest’s folder, the rows in turn', async () => {
    const { summary, exitCode, io } = await run(
      [
        'source,region_path,government,department',
        `pingtan,"${PINGTAN}",,`,
        `07-js-shuyang-county-2025.txt,"${SHUYANG}",沭阳县人民政府,`,
        `${join(CORPUS, '05-fj-pingtan-scjg-2018.txt')},"${PINGTAN}",平潭综合实验区,平潭综合实验区市场监督管理局`,
      ].join('\n'),
      '--jobs',
      '1',
    );
    expect({ summary, exitCode }).toEqual({ summary: { imported: 4, unchanged: 0, checked: 0, failed: [] }, exitCode: 0 });
    // One government to each region, its department's report under it: nothing to warn of.
    expect(io.err()).toBe('');
    expect(await storedReports()).toEqual([
      ['350128', '平潭综合实验区', 2017],
      ['350128', '平潭综合实验区', 2018],
      ['350128', '平潭综合实验区', 2019],
      ['321322', '沭阳县人民政府', 2025],
    ]);
    // Taken round-robin over the rows: the first of each row, then the second of the folder's.
    const inImportOrder = await db.orm.em.fork().find(Report, {}, { orderBy: { id: 'asc' } });
    expect(inImportOrder.map((r) => r.year)).toEqual([2017, 2025, 2018, 2019]);
    const department = await db.orm.em.fork().findOneOrFail(Report, { year: 2018 }, { populate: ['department'] });
    expect(department.department?.getEntity().name).toBe('平潭综合实验区市场监督管理局');
  });

  it('checks every row first: bad rows are named by line, and nothing is imported', async () => {
    const before = await storedReports();
    const { exitCode, io, summary } = await run(
      [
        'source,region_path',
        `pingtan,"${PINGTAN}"`,
        `07-js-shuyang-county-2025.txt,"32:江苏省:PROVINCE"`,
        `,"${SHUYANG}"`,
        `07-js-shuyang-county-2025.txt,"320000:江苏省:STATE"`,
      ].join('\n'),
    );
    expect({ exitCode, summary }).toEqual({ exitCode: 2, summary: null });
    expect(io.err()).toContain(
      [
        `manifest.csv: 3 bad row(s), nothing imported:`,
        `  line 3: region_path: "32:江苏省:PROVINCE" is not CODE:NAME:LEVEL with a six-digit GB/T 2260 code`,
        `  line 4: source is empty`,
        `  line 5: region_path: level "STATE" is not one of PROVINCE, CITY, COUNTY, TOWNSHIP`,
      ].join('\n'),
    );
    expect(await storedReports()).toEqual(before);
  });

  it.each([
    ['a header without region_path', 'source,government\npingtan,x', 'the header must name source, region_path, government, department (government and department may be left out); missing: region_path'],
    ['an unknown column', `source,region_path,year\npingtan,"${PINGTAN}",2017`, '; unknown: year'],
    ['no rows', 'source,region_path\n', 'manifest.csv: no rows; give a header naming source, region_path, government, department, then a row per file, folder or URL'],
    ['a quote left open', `source,region_path\npingtan,"${PINGTAN}`, 'not CSV: '],
  ])('exits 2 for %s', async (_, manifest, message) => {
    const { exitCode, io } = await run(manifest);
    expect(exitCode).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain('usage: npm run import');
  });

  it('exits 2 for a manifest that cannot be read, or given with --region-path or sources', async () => {
    const io = captureIo(db);
    const missing = await runImport(['--manifest', join(folder, 'no-such.csv')], io);
    expect(missing.exitCode).toBe(2);
    expect(io.err()).toContain(`--manifest: cannot read ${join(folder, 'no-such.csv')}: ENOENT`);

    const both = await run('source,region_path\n', '--region-path', PINGTAN, CORPUS);
    expect(both.exitCode).toBe(2);
    expect(both.io.err()).toContain('--manifest names every source and its issuer: give it without --region-path, files, folders or URLs');
  });
});
