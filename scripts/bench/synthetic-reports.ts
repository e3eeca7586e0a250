import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { buildReportDocument, type ReportIssuer } from '../../src/ingest/pipeline/build-report-document.js';
import { parseRegionPath } from '../../src/ingest/pipeline/import-arguments.js';
import { readReportMetadata } from '../../src/ingest/pipeline/report-metadata.js';
import { readReportSource } from '../../src/ingest/sources/read-report-source.js';
import type { ReportText } from '../../src/ingest/sources/report-source.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';

/**
 * The import benchmark's SYNTHETIC reports, made from the seed and corpus texts: made-up county
 * governments 合成县NNNN人民政府, each in its own county region under made-up cities of 山东省
 * (codes 37CC00 with CC from 99 down, which GB/T 2260 leaves unused), each publishing one report
 * a year from 2015 to 2024, in the format of its year. So the data has the shape of a province's:
 * one government to a region, and last year's report beside this year's for the checks to read.
 */

export type Family = '2008 national' | 'Fujian' | '2019' | '2021';
export const FAMILIES: Family[] = ['2008 national', 'Fujian', '2019', '2021'];

export const FIRST_YEAR = 2015;
export const YEARS_PER_GOVERNMENT = 10;
/** Cities 3799 down to 3718 (Shandong's own run to 3717), 99 counties each. */
const MAX_GOVERNMENTS = (99 - 18 + 1) * 99;
const SYNTHETIC_URL = 'https://synthetic.invalid/disclosure-gateway-bench';

export interface BaseText {
  file: string;
  text: string;
  issuingBody: string;
  year: number;
  family: Family;
  readMs: number;
}

export interface Synthetic {
  government: number;
  year: number;
  base: BaseText;
  text: string;
  origin: ReportText['origin'];
  issuer: ReportIssuer;
  regionPath: string;
}

export function familyOf(doc: ReportDocument): Family {
  if (doc.format === 'TEMPLATE_2021') return '2021';
  if (doc.format === 'TEMPLATE_2019') return '2019';
  if (doc.tableVariant === 'FUJIAN_SIMPLIFIED') return 'Fujian';
  return '2008 national';
}

/** The real files, read by the real reader. */
export async function readBaseTexts(): Promise<BaseText[]> {
  const corpus = readdirSync('test/fixtures/corpus').filter((f) => /^0.*\.txt$/.test(f)).sort();
  const bases: BaseText[] = [];
  for (const file of ['seeds/linzi-2017.txt', ...corpus.map((f) => join('test/fixtures/corpus', f))]) {
    const t0 = performance.now();
    const { text, origin } = await readReportSource(file);
    const readMs = performance.now() - t0;
    const metadata = readReportMetadata(text);
    const family = familyOf(buildReportDocument(text, origin, { regionPath: parseRegionPath(regionPathOf(0)) }));
    bases.push({ file, text, issuingBody: metadata.issuingBody, year: metadata.year, family, readMs });
  }
  return bases;
}

/** `--region-path` of synthetic government `n`. */
function regionPathOf(n: number): string {
  if (n >= MAX_GOVERNMENTS) throw new Error(`at most ${MAX_GOVERNMENTS} synthetic governments`);
  const city = `37${String(99 - Math.floor(n / 99)).padStart(2, '0')}`;
  const county = `${city}${String((n % 99) + 1).padStart(2, '0')}`;
  return `370000:山东省:PROVINCE,${city}00:合成市${city}（基准测试）:CITY,${county}:合成县${serialOf(n)}:COUNTY`;
}

const serialOf = (n: number) => String(n).padStart(4, '0');

/** Government `n`'s report of `year`, from a base text of the format in force that year. */
export function synthesize(bases: BaseText[], n: number, year: number): Synthetic {
  const family: Family = year >= 2021 ? '2021' : year >= 2019 ? '2019' : n % 2 === 0 ? '2008 national' : 'Fujian';
  const candidates = bases.filter((b) => b.family === family);
  const base = candidates[n % candidates.length];
  const name = `合成县${serialOf(n)}人民政府`;
  // The issuing body followed by the year (the title, and the text's own mentions of it), then the
  // year wherever it is written as a year (统计期限从2017年…), so the report is consistently `year`.
  const text = base.text
    .replace(new RegExp(`${escapeRegExp(base.issuingBody)}(\\s*)${base.year}`, 'g'), `${name}$1${year}`)
    .replaceAll(`${base.year}年`, `${year}年`);
  const origin: ReportText['origin'] = {
    kind: 'url',
    location: `${SYNTHETIC_URL}/${serialOf(n)}-${year}-from-${base.file.split('/').pop()}`,
    mediaType: 'text/plain',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'),
  };
  const regionPath = regionPathOf(n);
  return { government: n, year, base, text, origin, issuer: { regionPath: parseRegionPath(regionPath) }, regionPath };
}

/** `count` reports of governments from `firstGovernment` on, each government's years in turn. */
export function synthesizeRun(bases: BaseText[], firstGovernment: number, count: number): Synthetic[] {
  return Array.from({ length: count }, (_, i) => synthesize(bases, firstGovernment + Math.floor(i / YEARS_PER_GOVERNMENT), FIRST_YEAR + (i % YEARS_PER_GOVERNMENT)));
}

/** Writes the reports as files, a folder per government, and the manifest naming each folder's issuer. */
export function writeManifestFolder(dir: string, synthetics: Synthetic[]): string {
  const rows = new Map<number, { source: string; region_path: string }>();
  for (const s of synthetics) {
    const folder = `government-${serialOf(s.government)}`;
    if (!rows.has(s.government)) {
      mkdirSync(join(dir, folder));
      rows.set(s.government, { source: folder, region_path: s.regionPath });
    }
    writeFileSync(join(dir, folder, `${s.year}.txt`), s.text);
  }
  const manifest = join(dir, 'manifest.csv');
  writeFileSync(manifest, stringify([...rows.values()], { header: true, columns: ['source', 'region_path'] }));
  return manifest;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
