import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { type Database, openDatabase } from '../../../src/db/database.js';
import { runImport } from '../../../src/ingest/pipeline/run-import.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { parseReportDocument } from '../../../src/report-document/load-report-document.js';
import { RULE_SET_VERSION } from '../../../src/findings/rule-set.js';
import { Finding } from '../../../src/subgraphs/reports/finding.entity.js';
import { Report } from '../../../src/subgraphs/reports/report.entity.js';
import { captureIo } from '../../support/capture-io.js';
import { REAL_DATABASE_URL, resetDatabase } from '../../support/test-app.js';

const CORPUS = fromProjectRoot('test', 'fixtures', 'corpus');
const FUJIAN = '350000:福建省:PROVINCE,350100:福州市:CITY,350128:平潭综合实验区:COUNTY';

let db: Database;
let folder: string;
beforeAll(async () => {
  if (REAL_DATABASE_URL) await resetDatabase(REAL_DATABASE_URL);
  db = await openDatabase(loadConfig({ DATABASE_URL: REAL_DATABASE_URL, DATA_DIR: 'memory://', LOG_LEVEL: 'silent' }));
  folder = await mkdtemp(join(tmpdir(), 'import-corpus-'));
});
afterAll(async () => {
  await db?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('imports the four corpus reports, and finds them unchanged the second time', async () => {
    const first = captureIo(db);
    const run = await runImport(['--region-path', FUJIAN, CORPUS], first);
    expect(run.summary).toEqual({ imported: 4, unchanged: 0, checked: 0, failed: [] });
    expect(run.exitCode).toBe(0);
    expect(first.out()).toContain('imported 4, unchanged 0, failed 0');
    // One region for reports of three bodies, each taken as a government: stored as asked, and said to be wrong.
    expect(first.err()).toBe(
      "warning: 3 governments' reports were given region 350128 平潭综合实验区: 平潭综合实验区, 平潭综合实验区市场监督管理局, 沐阳县人民政府. " +
        'A region has one government: give each its own region (--region-path, or a manifest row each).\n',
    );
    expect(run.outcomes.map((o) => o.status === 'failed' ? o : [o.source, o.year])).toEqual([
      ['test/fixtures/corpus/03-fj-pingtan-zone-2017.txt', 2017],
      ['test/fixtures/corpus/05-fj-pingtan-scjg-2018.txt', 2018],
      ['test/fixtures/corpus/06-fj-pingtan-zone-2019.txt', 2019],
      ['test/fixtures/corpus/07-js-shuyang-county-2025.txt', 2025],
    ]);

    const stored = await db.orm.em.fork().find(Report, {}, { orderBy: { year: 'asc' }, populate: ['government'] });
    expect(stored.map((r) => [r.government.getEntity().name, r.year, r.sourceFile])).toEqual([
      ['平潭综合实验区', 2017, 'test/fixtures/corpus/03-fj-pingtan-zone-2017.txt'],
      ['平潭综合实验区市场监督管理局', 2018, 'test/fixtures/corpus/05-fj-pingtan-scjg-2018.txt'],
      ['平潭综合实验区', 2019, 'test/fixtures/corpus/06-fj-pingtan-zone-2019.txt'],
      ['沐阳县人民政府', 2025, 'test/fixtures/corpus/07-js-shuyang-county-2025.txt'],
    ]);

    const again = await runImport(['--region-path', FUJIAN, CORPUS], captureIo(db));
    expect(again.summary).toEqual({ imported: 0, unchanged: 4, checked: 0, failed: [] });
    expect(again.exitCode).toBe(0);
  });

  it('reports broken files as failed, with their codes, and still imports the others', async () => {
    for (const name of await readdir(CORPUS)) {
      if (name.endsWith('.txt') || name.endsWith('.md')) await copyFile(join(CORPUS, name), join(folder, name));
    }
    await writeFile(join(folder, 'empty.txt'), '');
    await writeFile(join(folder, 'binary.pdf'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)));
    const seed = (await readFile(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8')).split('\n');
    await writeFile(join(folder, 'truncated-table.txt'), seed.slice(0, 520).join('\n'));

    // Another county, so the copies are new reports rather than the ones imported above.
    const io = captureIo(db);
    const run = await runImport(['--region-path', '350000:福建省:PROVINCE,350102:鼓楼区:COUNTY', folder], io);
    expect(run.exitCode).toBe(1);
    expect(run.summary?.imported).toBe(4);
    expect(run.summary?.failed.map(({ source, code, line }) => [source.slice(folder.length + 1), code, line])).toEqual([
      ['binary.pdf', 'SOURCE_UNREADABLE', null],
      ['empty.txt', 'EMPTY', null],
      ['truncated-table.txt', 'TABLE_PARSE_FAILED', 518],
    ]);
    expect(io.out()).toContain('imported 4, unchanged 0, failed 3');
    expect(io.out()).toMatch(/truncated-table\.txt:518\n\s+TABLE_PARSE_FAILED: line 518: the national table stops/);
  });

  it('imports a report again when its source has changed', async () => {
    const changed = join(folder, '07-js-shuyang-county-2025.txt');
    await writeFile(changed, (await readFile(changed, 'utf8')) + '\n');
    const run = await runImport(['--region-path', '350000:福建省:PROVINCE,350102:鼓楼区:COUNTY', folder], captureIo(db));
    expect(run.outcomes.filter((o) => o.status !== 'failed').map((o) => [o.source.slice(folder.length + 1), o.status])).toEqual([
      ['03-fj-pingtan-zone-2017.txt', 'unchanged'],
      ['05-fj-pingtan-scjg-2018.txt', 'unchanged'],
      ['06-fj-pingtan-zone-2019.txt', 'unchanged'],
      ['07-js-shuyang-county-2025.txt', 'imported'],
    ]);
  });

  it('finds a department’s report unchanged by its department, too', async () => {
    const argv = ['--region-path', FUJIAN, '--government', '平潭综合实验区', '--department', '区市场监督管理局', join(CORPUS, '05-fj-pingtan-scjg-2018.txt')];
    expect((await runImport(argv, captureIo(db))).summary).toMatchObject({ imported: 1, unchanged: 0 });
    expect((await runImport(argv, captureIo(db))).summary).toMatchObject({ imported: 0, unchanged: 1 });
  });

  it('prints valid report documents with --dry-run --json, without a database', async () => {
    const io = captureIo();
    const run = await runImport(['--dry-run', '--json', '--region-path', FUJIAN, '--government', '平潭综合实验区', CORPUS], io);
    expect(run.exitCode).toBe(0);
    const documents = JSON.parse(io.out()) as unknown[];
    expect(documents).toHaveLength(4);
    const parsed = documents.map((doc, i) => parseReportDocument(doc, `document ${i}`));
    expect(parsed.map((d) => [d.issuer.government.name, d.year, d.format])).toEqual([
      ['平潭综合实验区', 2017, 'REGULATION_2008'],
      ['平潭综合实验区', 2018, 'REGULATION_2008'],
      ['平潭综合实验区', 2019, 'TEMPLATE_2019'],
      ['平潭综合实验区', 2025, 'TEMPLATE_2021'],
    ]);
    expect(io.err()).toContain('checked 4 (dry run: nothing imported), failed 0');
  });

  it('imports several reports at once with --jobs, each sharing new rows with the others', async () => {
    // Four reports under one region nobody has imported yet: every one of them wants to create
    // the region, the catalogue rows and documents; on PostgreSQL they race and the losers retry.
    const io = captureIo(db);
    const run = await runImport(['--jobs', '4', '--region-path', '350000:福建省:PROVINCE,350103:台江区:COUNTY', CORPUS], io);
    expect(run.summary).toEqual({ imported: 4, unchanged: 0, checked: 0, failed: [] });
    expect(run.outcomes.map((o) => (o.status === 'failed' ? o : o.year))).toEqual([2017, 2018, 2019, 2025]);
    const em = db.orm.em.fork();
    expect(await em.count(Report, { government: { region: { code: '350103' } } })).toBe(4);
    // The run checks its reports once at the end rather than one import at a time: each is checked.
    const findings = await em.find(Finding, { report: { government: { region: { code: '350103' } } }, ruleSetVersion: RULE_SET_VERSION });
    expect(new Set(findings.map((f) => f.report.id)).size).toBe(4);
  });

  it.each([
    [['--jobs', '0', '--region-path', FUJIAN, CORPUS], '--jobs must be a whole number from 1 to 64, not "0"'],
    [['--workers', 'all', '--region-path', FUJIAN, CORPUS], '--workers must be a whole number from 1 to 64, not "all"'],
    [[CORPUS], '--region-path is required'],
    [['--region-path', FUJIAN], 'give at least one file'],
    [['--region-path', '35:福建省:PROVINCE', CORPUS], 'six-digit'],
    [['--region-path', '350000:福建省:STATE', CORPUS], 'level "STATE"'],
    [['--nope', '--region-path', FUJIAN, CORPUS], "Unknown option '--nope'"],
  ])('exits 2 with the usage for bad arguments %j', async (argv, message) => {
    const io = captureIo(db);
    const run = await runImport(argv, io);
    expect(run.exitCode).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).toContain('usage: npm run import');
  });
});
