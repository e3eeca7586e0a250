import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromProjectRoot } from '../../src/project-root.js';
import { loadReportDocument, parseReportDocument, ReportDocumentError } from '../../src/report-document/load-report-document.js';

const seedPath = fromProjectRoot('seeds', 'linzi-2017.json');
const seedJson = async () => JSON.parse(await readFile(seedPath, 'utf8'));

describe('seeds/linzi-2017.json, the canonical document of the seed report', () => {
  it('validates and holds every part of the report', async () => {
    const doc = await loadReportDocument(seedPath);
    expect({
      sections: doc.sections.length,
      workPoints: doc.workPoints.length,
      documents: doc.documents.length,
      keyDomains: doc.keyDomains.length,
      channels: doc.channels.length,
      channelAccounts: doc.channelAccounts.length,
      departments: doc.departments.length,
      cells: doc.table.cells.length,
      prose: doc.prose.length,
    }).toEqual({ sections: 13, workPoints: 18, documents: 23, keyDomains: 10, channels: 5, channelAccounts: 7, departments: 16, cells: 82, prose: 69 });
    expect(doc.keyDomains.map((k) => k.items)).toEqual([20, 13, 108, 818, 818, 253, 162, 192, 125, null]);
  });

  it('names the text it was read from by its checksum', async () => {
    const doc = await loadReportDocument(seedPath);
    const text = await readFile(fromProjectRoot(doc.source.file!));
    expect(createHash('sha256').update(text).digest('hex')).toBe(doc.source.sha256);
  });

  it('keeps the table and the prose apart where they disagree (其他情形 6 in the table, 5 in the prose)', async () => {
    const doc = await loadReportDocument(seedPath);
    expect(doc.table.cells.find((c) => c.code === 'requests.replies.refused.other_statutory')).toMatchObject({ value: 6, raw: '6', unit: '件' });
    expect(doc.prose.filter((p) => p.measure === 'requests.replies.refused.other_statutory').map((p) => p.value)).toEqual([5]);
  });

  it('cites the document listed under two domains once (闻韶北征收决定)', async () => {
    const doc = await loadReportDocument(seedPath);
    const matches = doc.documents.filter((d) => d.title === '闻韶北征收决定');
    expect(matches).toHaveLength(1);
    expect(doc.keyDomains.filter((k) => k.documentKeys.includes(matches[0].key)).map((k) => k.name)).toEqual(['征地拆迁', '行政审批']);
    expect(doc.documents.some((d) => d.title.includes('_blank'))).toBe(false);
  });
});

function problemsOf(doc: unknown): string[] {
  try {
    parseReportDocument(doc, 'broken.json');
    return [];
  } catch (error) {
    if (!(error instanceof ReportDocumentError)) throw error;
    return error.problems;
  }
}

describe('a broken report document is refused with every problem named', () => {
  it('lists wrong types, dangling references and duplicates by path', async () => {
    const doc = await seedJson();
    doc.year = '2017';
    doc.documents[0].issuingDepartment = '区不存在局';
    doc.table.cells.push({ ...doc.table.cells[1] });
    doc.keyDomains[0].documentKeys.push('doc-99');
    expect(() => parseReportDocument(doc, 'broken.json')).toThrowError(/^broken\.json is not a valid report document:/);
    // A type error stops the checks that need a well-typed document.
    expect(problemsOf(doc)).toEqual(['year: Invalid input: expected number, received string']);
    doc.year = 2017;
    expect(problemsOf(doc)).toEqual([
      'documents.0.issuingDepartment: "区不存在局" is not listed in departments',
      'keyDomains.0.documentKeys: "doc-99" is not listed in documents',
      'table.cells: "proactive.items" appears twice in table.cells',
    ]);
  });

  it('says so when the file is not JSON at all', async () => {
    const path = join(tmpdir(), `not-json-${process.pid}.json`);
    await writeFile(path, '{ "year": 2017, ');
    await expect(loadReportDocument(path)).rejects.toThrowError(/is not a valid report document:\n {2}not JSON: /);
  });
});
