import { describe, expect, it } from 'vitest';
import { extractWorkPoints } from '../../../src/parsers/narrative/work-points.js';
import { fujianCorpus, linziSeed } from './seed.js';

describe('extractWorkPoints', () => {
  it('reproduces the seed’s 18 work points from its text', () => {
    const { text, sections, doc } = linziSeed();
    const points = extractWorkPoints(text, sections);
    expect(points).toHaveLength(18);
    expect(points).toEqual(doc.workPoints);
  });

  it('skips a nested （一） inside a point and accepts half-width brackets', () => {
    const text = ['五、2018年政务公开工作要点落实情况', '（一）深化公开。一是…。', '（一）细目。', ' (二)推进解读回应', '（三）'].join('\n');
    const sections = [{ ordinal: 5, heading: '2018年政务公开工作要点落实情况', text: '', lines: { start: 1, end: 5 } }];
    expect(extractWorkPoints(text, sections)).toEqual([
      { ordinal: 1, title: '深化公开', text: '深化公开。一是…。', line: 2 },
      { ordinal: 2, title: '推进解读回应', text: '推进解读回应', line: 4 },
    ]);
  });

  it('returns none for the flattened Fujian reports, where no heading starts a line', () => {
    for (const { text, sections } of Object.values(fujianCorpus())) {
      expect(sections).toEqual([]);
      expect(extractWorkPoints(text, sections)).toEqual([]);
    }
  });
});
