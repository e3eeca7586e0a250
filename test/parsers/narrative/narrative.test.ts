import { describe, expect, it } from 'vitest';
import { extractNarrative } from '../../../src/parsers/narrative/narrative.js';
import { fujianCorpus, linziSeed } from './seed.js';

describe('extractNarrative', () => {
  const { text, sections, doc } = linziSeed();
  const narrative = extractNarrative(text, sections);

  it.each([
    'legalBasis',
    'officialInCharge',
    'interpretationColumn',
    'fees',
    'confidentialityReview',
    'publicInstitutions',
    'problems',
    'nextSteps',
  ] as const)('reproduces the seed’s %s', (part) => {
    expect(narrative[part]).toEqual(doc[part]);
  });

  it('reproduces the seed’s portal and the government’s disclosure contact', () => {
    expect(narrative.source.portalUrl).toEqual(doc.source.portalUrl);
    const { portalUrl, disclosureOffice, disclosurePhone } = doc.issuer.government;
    expect(narrative.government).toEqual({ portalUrl, disclosureOffice, disclosurePhone });
  });

  it('reads the preamble of the flattened Fujian reports and nothing that needs sections', () => {
    const corpus = fujianCorpus();
    const sectionless = {
      officialInCharge: null,
      interpretationColumn: null,
      fees: null,
      confidentialityReview: null,
      publicInstitutions: null,
      problems: [],
      nextSteps: [],
    };
    expect(extractNarrative(corpus['03'].text, corpus['03'].sections)).toEqual({
      legalBasis: [
        '《中华人民共和国政府信息公开条例》',
        '《福建省政府信息公开办法》',
        '《福建省人民政府办公厅关于做好2017年政务公开工作要点落实情况自查及政府信息公开工作年度报告编制有关事项的通知》',
      ],
      ...sectionless,
      source: { portalUrl: 'http://www.pingtan.gov.cn' },
      government: {
        portalUrl: 'http://www.pingtan.gov.cn',
        disclosureOffice: '平潭综合实验区政府信息公开工作领导小组办公室',
        disclosurePhone: '0591-23162606',
      },
    });
    expect(extractNarrative(corpus['05'].text, corpus['05'].sections)).toEqual({
      legalBasis: ['《中华人民共和国政府信息公开条例》'],
      ...sectionless,
      source: { portalUrl: null },
      government: { portalUrl: null, disclosureOffice: null, disclosurePhone: '0591-23163581' },
    });
  });
});
