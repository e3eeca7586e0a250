import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../src/ingest/pipeline/build-report-document.js';
import { readReportSource } from '../../../src/ingest/sources/read-report-source.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import type { ReportDocument } from '../../../src/report-document/report-document.js';

const LINZI_REGION_PATH: ReportDocument['issuer']['government']['regionPath'] = [
  { code: '370000', name: '山东省', level: 'PROVINCE' },
  { code: '370300', name: '淄博市', level: 'CITY' },
  { code: '370305', name: '临淄区', level: 'COUNTY' },
];

async function buildSeed(): Promise<{ built: ReportDocument; expected: ReportDocument }> {
  const { text, origin } = await readReportSource(fromProjectRoot('seeds', 'linzi-2017.txt'));
  const built = buildReportDocument(text, origin, { regionPath: LINZI_REGION_PATH });
  const expected = JSON.parse(await readFile(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8')) as ReportDocument;
  return { built, expected };
}

describe('building the seed report’s document from its text', () => {
  it('reads the table the seed document holds', async () => {
    const { built, expected } = await buildSeed();
    expect(built.table).toEqual(expected.table);
  });

  it('reads the prose figures the seed document holds', async () => {
    const { built, expected } = await buildSeed();
    expect(built.prose).toEqual(expected.prose);
  });

  it('reads the sections with the seed document’s headings and line spans', async () => {
    const { built, expected } = await buildSeed();
    const outline = (doc: ReportDocument) => doc.sections.map(({ ordinal, heading, lines }) => ({ ordinal, heading, lines }));
    expect(outline(built)).toEqual(outline(expected));
  });

  it('takes title, year, period, format and source from the text and its origin', async () => {
    const { built, expected } = await buildSeed();
    const pick = ({ issuer, title, year, format, tableVariant, period, source }: ReportDocument) => ({
      government: issuer.government.name, regionPath: issuer.government.regionPath, department: issuer.department,
      title, year, format, tableVariant, period, source: { ...source, portalUrl: null },
    });
    expect(pick(built)).toEqual(pick(expected));
  });

  it('leaves the narrative of a 2019+ template report empty (it is not read yet), with the closing date as publication', async () => {
    const { text, origin } = await readReportSource(fromProjectRoot('test', 'fixtures', 'corpus', '07-js-shuyang-county-2025.txt'));
    const built = buildReportDocument(text, origin, { regionPath: [{ code: '321322', name: '沭阳县', level: 'COUNTY' }] });
    expect(built).toMatchObject({
      format: 'TEMPLATE_2021',
      workPoints: [], documents: [], keyDomains: [], channels: [], channelAccounts: [], departments: [],
      pilot: null, fees: null, problems: [], nextSteps: [], publishedAt: '2026-01-23', officialInCharge: null,
    });
  });

  it('lists the issuing department, with a kind guessed from its name, and uses the government the caller names', async () => {
    const { text, origin } = await readReportSource(fromProjectRoot('test', 'fixtures', 'corpus', '05-fj-pingtan-scjg-2018.txt'));
    const doc = buildReportDocument(text, origin, {
      governmentName: '平潭综合实验区管理委员会',
      regionPath: [{ code: '350128', name: '平潭综合实验区', level: 'COUNTY' }],
      department: '平潭综合实验区市场监督管理局',
    });
    expect(doc.issuer.government.name).toBe('平潭综合实验区管理委员会');
    expect(doc.issuer.department).toBe('平潭综合实验区市场监督管理局');
    expect(doc.departments).toEqual([{ name: '平潭综合实验区市场监督管理局', kind: 'BUREAU' }]);
    expect(doc.source.file).toBe('test/fixtures/corpus/05-fj-pingtan-scjg-2018.txt');
  });
});
