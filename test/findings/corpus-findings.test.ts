import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsFromDocument } from '../../src/findings/facts-from-document.js';
import { runRules } from '../../src/findings/run-rules.js';
import { buildReportDocument } from '../../src/ingest/pipeline/build-report-document.js';
import { fromProjectRoot } from '../../src/project-root.js';

/*
 * The corpus reports, parsed from their texts and checked: every contradiction read by hand
 * (`text_vs_table_conflicts` in *.expected.json) must be found by a rule, and reports whose
 * table is consistent must not be given a broken ERROR.
 */

const corpus = (name: string) => fromProjectRoot('test', 'fixtures', 'corpus', name);
const STEMS = readdirSync(corpus('.')).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', '')).sort();

function check(stem: string) {
  const text = readFileSync(corpus(`${stem}.txt`), 'utf8');
  const origin = { kind: 'file' as const, location: corpus(`${stem}.txt`), sha256: '0'.repeat(64) };
  const doc = buildReportDocument(text, origin as never, { regionPath: [{ code: '350128', name: '平潭县', level: 'COUNTY' }] });
  return runRules({ report: factsFromDocument(doc, { reportId: 1, governmentId: 1 }), previous: null, children: [], missingChildren: [] });
}

const conflicts = (stem: string): string[] => JSON.parse(readFileSync(corpus(`${stem}.expected.json`), 'utf8')).text_vs_table_conflicts ?? [];

/** Each hand-read contradiction, by the start of its wording, and the broken check that finds it. */
const FOUND_BY: Record<string, { stem: string; ruleId: string; expected: number; actual: number }> = {
  'Category breakdown does not sum: the 11 prose categories add up to 424': { stem: '05-fj-pingtan-scjg-2018', ruleId: 'prose.category-sum', expected: 424, actual: 389 },
  'Category breakdown does not sum: the 11 prose categories add up to 2533': { stem: '06-fj-pingtan-zone-2019', ruleId: 'prose.category-sum', expected: 2533, actual: 2599 },
  'Prose counts 政策、规范性文件类信息68条': { stem: '06-fj-pingtan-zone-2019', ruleId: 'prose-table.category-covers-table', expected: 89, actual: 68 },
};

describe('every contradiction read by hand in the corpus is found by a rule', () => {
  const all = STEMS.flatMap((stem) => conflicts(stem).map((conflict) => ({ stem, conflict })));

  it('has a rule named for each of the corpus’s contradictions', () => {
    const unmapped = all.filter(({ stem, conflict }) => !Object.entries(FOUND_BY).some(([start, found]) => conflict.startsWith(start) && found.stem === stem));
    expect(unmapped).toEqual([]);
    expect(all).toHaveLength(Object.keys(FOUND_BY).length);
  });

  for (const [start, { stem, ruleId, expected, actual }] of Object.entries(FOUND_BY)) {
    it(`${stem}: ${start}`, () => {
      const broken = check(stem).filter((r) => !r.holds && r.ruleId === ruleId);
      expect(broken.map(({ expected, actual }) => ({ expected, actual }))).toContainEqual({ expected, actual });
    });
  }
});

describe('no broken ERROR on corpus reports whose table is consistent', () => {
  // All four tables are consistent as read by hand (reading_notes); their contradictions are prose against prose or table.
  for (const stem of STEMS) {
    it(stem, () => {
      const results = check(stem);
      expect(results.length).toBeGreaterThan(20);
      expect(results.filter((r) => !r.holds && r.severity === 'ERROR').map((r) => r.message)).toEqual([]);
    });
  }

  it('counts the checks of each report, and the warnings that are its known contradictions', () => {
    const summary = Object.fromEntries(STEMS.map((stem) => {
      const results = check(stem);
      return [stem, { checks: results.length, broken: results.filter((r) => !r.holds).map((r) => r.ruleId) }];
    }));
    expect(summary).toEqual({
      '03-fj-pingtan-zone-2017': { checks: 24, broken: [] },
      '05-fj-pingtan-scjg-2018': { checks: 24, broken: ['prose.category-sum'] },
      '06-fj-pingtan-zone-2019': { checks: 47, broken: ['prose-table.category-covers-table', 'prose.category-sum'] },
      '07-js-shuyang-county-2025': { checks: 53, broken: [] },
    });
  });
});
