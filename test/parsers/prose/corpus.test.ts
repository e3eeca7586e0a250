import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProseFigures } from '../../../src/parsers/prose/extract-prose-figures.js';
import { parseRegulation2008Table } from '../../../src/parsers/regulation-2008/parse-regulation-2008-table.js';
import { parseTemplateTable } from '../../../src/parsers/template/parse-template-table.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { CORPUS, type CorpusCase } from './corpus-measures.js';

/*
 * The corpus reports against the prose figures read from them by hand (.expected.json). Every
 * numeric leaf under a report's prose keys is compared; the count compared is asserted, so a block
 * of the expected file that the mapping skips fails here.
 */

const corpus = (name: string) => fromProjectRoot('test', 'fixtures', 'corpus', name);

/** Figures compared per report: every number under the prose keys, the known misses included. */
const COMPARED: Record<string, number> = {
  '03-fj-pingtan-zone-2017': 52,
  '05-fj-pingtan-scjg-2018': 21,
  '06-fj-pingtan-zone-2019': 44,
  '07-js-shuyang-county-2025': 22,
};

type Leaf = { path: string; value: number | string };

/** Numeric leaves (71.11% read as 71.11); strings holding several numbers (8大类348项) stay strings; words are not figures. */
function leaves(node: unknown, path: string): Leaf[] {
  if (typeof node === 'number') return [{ path, value: node }];
  if (typeof node === 'string') {
    if (/^\d+(\.\d+)?%?$/.test(node)) return [{ path, value: Number(node.replace('%', '')) }];
    return /\d/.test(node) ? [{ path, value: node }] : [];
  }
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

const at = (json: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], json);

function load(c: CorpusCase) {
  const text = readFileSync(corpus(`${c.stem}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(corpus(`${c.stem}.expected.json`), 'utf8')) as Record<string, unknown>;
  const figureLeaves = c.proseRoots.flatMap((root) => leaves(at(expected, root), root));
  return { text, figureLeaves, figures: extractProseFigures(text, c.family) };
}

describe.each(CORPUS)('prose figures of corpus report $stem', (c) => {
  const { text, figureLeaves, figures } = load(c);

  it('compares every prose figure the expected file records', () => {
    const unplaced = figureLeaves.map((l) => l.path).filter((p) => !(p in c.measures) && !(p in c.knownMisses));
    expect(unplaced).toEqual([]);
    expect(figureLeaves).toHaveLength(COMPARED[c.stem]!);
    expect(Object.keys(c.measures).length + Object.keys(c.knownMisses).length).toBe(COMPARED[c.stem]);
  });

  it('finds each placed figure with its measure and the expected value', () => {
    const placed = figureLeaves.filter((l) => l.path in c.measures);
    const actual = Object.fromEntries(
      placed.map((l) => {
        const candidates = figures.filter((f) => f.measure === c.measures[l.path]).map((f) => f.value);
        return [l.path, candidates.includes(l.value as number) ? l.value : candidates];
      }),
    );
    expect(actual).toEqual(Object.fromEntries(placed.map((l) => [l.path, l.value])));
  });

  it('reads the known misses, but only as unclassified figures', () => {
    const unclassified = figures.filter((f) => f.measure === 'unclassified').map((f) => f.value);
    for (const [path, values] of Object.entries(c.knownMisses)) {
      const leaf = figureLeaves.find((l) => l.path === path);
      expect(leaf, path).toBeDefined();
      for (const v of values) {
        expect(String(leaf!.value)).toContain(String(v));
        expect(unclassified, `${path} ${v}`).toContain(v);
      }
    }
  });

  it('uses only codes the report’s own table has where it claims a table row', () => {
    const table = c.family === 'REGULATION_2008' ? parseRegulation2008Table(text) : parseTemplateTable(text);
    const codes = new Set(table.cells.map((cell) => cell.code));
    const tableLike = figures
      .map((f) => f.measure)
      .filter((m) => (c.family === 'REGULATION_2008' ? /\.(this_year|cumulative)$/.test(m) : /^(applications|appeals)\./.test(m)))
      .filter((m) => !/(_stated|legal_person_or_other)(\.|$)/.test(m));
    expect(tableLike).toHaveLength(c.tableCoded);
    expect(tableLike.filter((m) => !codes.has(m))).toEqual([]);
  });

  it('gives every figure a line that holds its sentence', () => {
    const lines = text.split('\n');
    expect(figures.filter((f) => !lines[f.line - 1]!.includes(f.sentence))).toEqual([]);
  });
});
