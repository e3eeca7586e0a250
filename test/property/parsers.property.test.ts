import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../src/ingest/pipeline/build-report-document.js';
import { ReportMetadataError } from '../../src/ingest/pipeline/report-metadata.js';
import type { ReportText } from '../../src/ingest/sources/report-source.js';
import { parseStatisticsTable } from '../../src/parsers/parse-statistics-table.js';
import { TableParseError } from '../../src/parsers/parsed-table.js';
import { extractProseFigures } from '../../src/parsers/prose/extract-prose-figures.js';
import { ReportDocumentError } from '../../src/report-document/load-report-document.js';
import type { ReportDocument } from '../../src/report-document/report-document.js';
import { anyReportText, expectCellContract, expectOwnError, expectProseContract, mangledBody, mangledReport, randomUnicode, runOptions, SEED_TEXTS, timed } from './arbitraries.js';

const FAMILIES = ['REGULATION_2008', 'TEMPLATE_2019', 'TEMPLATE_2021'] as const;

const ORIGIN: ReportText['origin'] = { kind: 'file', location: '/tmp/property/report.txt', mediaType: 'text/plain', encoding: 'utf-8', sha256: '0'.repeat(64) };
const REGION_PATH: ReportDocument['issuer']['government']['regionPath'] = [
  { code: '370000', name: '山东省', level: 'PROVINCE' },
  { code: '370300', name: '淄博市', level: 'CITY' },
  { code: '370305', name: '临淄区', level: 'COUNTY' },
];

function checkTable(text: string): void {
  const outcome = timed(() => parseStatisticsTable(text));
  if (!outcome.ok) return expectOwnError(outcome.error, [TableParseError]);
  expectCellContract(outcome.value.cells);
}

function checkProse(text: string, family: (typeof FAMILIES)[number]): void {
  const outcome = timed(() => extractProseFigures(text, family));
  if (!outcome.ok) throw outcome.error; // never throws
  expect(Array.isArray(outcome.value)).toBe(true);
  expectProseContract(outcome.value);
}

function checkDocument(text: string): void {
  const outcome = timed(() => buildReportDocument(text, ORIGIN, { regionPath: REGION_PATH }));
  if (!outcome.ok) return expectOwnError(outcome.error, [TableParseError, ReportDocumentError, ReportMetadataError]);
  expectCellContract(outcome.value.table.cells);
  expectProseContract(outcome.value.prose);
}

describe('property: the unmangled seeds hold the contracts', () => {
  it.each(SEED_TEXTS.map((seed) => [seed.name, seed.text] as const))('%s', (_, text) => {
    checkTable(text);
    for (const family of FAMILIES) checkProse(text, family);
    checkDocument(text);
  });
});

describe('property: parseStatisticsTable returns a table or throws TableParseError', () => {
  it('on random unicode', () => {
    fc.assert(fc.property(randomUnicode, checkTable), runOptions(200));
  });
  it('on mangled real reports', () => {
    fc.assert(fc.property(mangledReport, (m) => checkTable(m.text)), runOptions(200));
  });
  it('on real reports with a mangled body', () => {
    fc.assert(fc.property(mangledBody, (m) => checkTable(m.text)), runOptions(200));
  });
});

describe('property: extractProseFigures returns well-formed figures and never throws', () => {
  it('on random unicode', () => {
    fc.assert(fc.property(randomUnicode, fc.constantFrom(...FAMILIES), checkProse), runOptions(200));
  });
  it('on mangled real reports', () => {
    fc.assert(fc.property(mangledReport, fc.constantFrom(...FAMILIES), (m, family) => checkProse(m.text, family)), runOptions(150));
  });
  it('on real reports with a mangled body', () => {
    fc.assert(fc.property(mangledBody, fc.constantFrom(...FAMILIES), (m, family) => checkProse(m.text, family)), runOptions(150));
  });
});

describe('property: buildReportDocument returns a document or throws its own errors', () => {
  it('on random unicode and mangled real reports', () => {
    fc.assert(fc.property(anyReportText, checkDocument), runOptions(150));
  });
  it('on mangled real reports', () => {
    fc.assert(fc.property(mangledReport, (m) => checkDocument(m.text)), runOptions(150));
  });
  it('on real reports with a mangled body (most runs reach the schema check)', () => {
    fc.assert(fc.property(mangledBody, (m) => checkDocument(m.text)), runOptions(150));
  });
});
