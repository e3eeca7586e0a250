import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProseFigures, type ProseFigure } from '../../../src/parsers/prose/extract-prose-figures.js';
import { fromProjectRoot } from '../../../src/project-root.js';

/*
 * The seed (临淄区 2017) against the 69 prose figures read from it by hand (seeds/linzi-2017.json
 * `prose`). A figure is reproduced when measure, value, unit and line are all the same; figures are
 * paired in reading order, so the two pilot.areas 5 of line 457 pair with their own sentences.
 */

const text = readFileSync(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8');
const seed = JSON.parse(readFileSync(fromProjectRoot('seeds', 'linzi-2017.json'), 'utf8')) as {
  prose: ProseFigure[];
  table: { cells: { code: string; value: number | null }[] };
};
const extracted = extractProseFigures(text, 'REGULATION_2008');

const key = (f: ProseFigure) => `${f.line} ${f.measure} ${f.value} ${f.unit}`;

/** Pairs hand-read and extracted figures by key, in order; what is left on either side is missed or added. */
function pair(expected: ProseFigure[], actual: ProseFigure[]) {
  const unused = [...actual];
  const pairs: [ProseFigure, ProseFigure][] = [];
  const missed: string[] = [];
  for (const e of expected) {
    const i = unused.findIndex((a) => key(a) === key(e));
    if (i < 0) missed.push(key(e));
    else pairs.push([e, unused.splice(i, 1)[0]!]);
  }
  return { pairs, missed, added: unused.map(key) };
}

describe('prose figures of the seed report (临淄区 2017)', () => {
  const { pairs, missed, added } = pair(seed.prose, extracted);

  it('reproduces all 69 hand-read figures with the same measure, value, unit and line, and adds none', () => {
    expect(seed.prose).toHaveLength(69);
    expect(pairs).toHaveLength(69);
    expect(missed).toEqual([]);
    expect(added).toEqual([]);
  });

  it('gives each figure the sentence as printed', () => {
    const differing = pairs.filter(([e, a]) => e.sentence !== a.sentence).map(([e]) => key(e));
    expect(differing).toEqual([]);
  });

  it('keeps reading order', () => {
    expect(extracted.map(key)).toEqual(seed.prose.map(key));
  });

  it('names the application, appeal, proactive and response figures with the table’s codes', () => {
    const tableCodes = new Set(seed.table.cells.map((c) => c.code));
    const named = extracted.filter((f) => /^(requests|reconsiderations|litigation|responses|proactive\.(items|by_channel))/.test(f.measure));
    const notInTable = named.map((f) => f.measure).filter((m) => !tableCodes.has(m) && !/_(share|growth)$/.test(m));
    expect(named).toHaveLength(44); // 4 responses, 2 proactive totals, 11 channel figures, 19 requests, 8 appeals
    expect(notInTable).toEqual([]);
  });

  it('keeps the seed’s own contradiction: prose says 法律法规规定的其他情形 5, the table says 6', () => {
    const prose = extracted.filter((f) => f.measure === 'requests.replies.refused.other_statutory');
    const cell = seed.table.cells.find((c) => c.code === 'requests.replies.refused.other_statutory');
    expect(prose.map((f) => [f.value, f.line])).toEqual([[5, 438]]);
    expect(cell?.value).toBe(6);
  });

  it('reads counts written in Chinese numerals and keeps 680余条 as 680', () => {
    const byMeasure = (m: string) => extracted.filter((f) => f.measure === m).map((f) => `${f.value}${f.unit}`);
    expect(byMeasure('confidentiality_review.accounts_per_unit')).toEqual(['2个']); // 两个账号
    expect(byMeasure('pilot.phases')).toEqual(['5个']); // 五个阶段
    expect(byMeasure('channel_accounts.wechat.posts')).toEqual(['680条']); // 680余条
    expect(byMeasure('proactive.items_growth')).toEqual(['81.24%']); // 81.24％
  });

  it('reads nothing from the statistics table (lines 465 on)', () => {
    expect(extracted.filter((f) => f.line >= 463)).toEqual([]);
  });
});
