import { describe, expect, it } from 'vitest';
import { extractPilot, pilotLeadDepartments } from '../../../src/parsers/narrative/pilot.js';
import { fujianCorpus, linziSeed } from './seed.js';

describe('extractPilot', () => {
  const { text, sections, doc } = linziSeed();

  it('reproduces the seed’s pilot, areas paired with their leads by meaning', () => {
    expect(extractPilot(text, sections)).toEqual(doc.pilot);
  });

  it('lists the lead departments in the report’s own order, which differs from the areas’', () => {
    expect(pilotLeadDepartments(sections)).toEqual(['区财政局', '区文化旅游和新闻出版局', '区司法局', '区重点项目办', '区招投标中心']);
  });

  it('finds no pilot in the flattened Fujian reports', () => {
    for (const { text: corpusText, sections: corpusSections } of Object.values(fujianCorpus())) {
      expect(extractPilot(corpusText, corpusSections)).toBeNull();
      expect(pilotLeadDepartments(corpusSections)).toEqual([]);
    }
  });
});
