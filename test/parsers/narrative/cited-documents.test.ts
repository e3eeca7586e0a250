import { describe, expect, it } from 'vitest';
import { extractCitedDocuments, issuingDepartments } from '../../../src/parsers/narrative/cited-documents.js';
import { pilotLeadDepartments } from '../../../src/parsers/narrative/pilot.js';
import { differences, fujianCorpus, linziSeed } from './seed.js';

describe('extractCitedDocuments', () => {
  const { text, sections, doc } = linziSeed();
  const { documents, keyDomains } = extractCitedDocuments(text, sections);

  it('reproduces the seed’s documents, metadata blocks and debris included', () => {
    expect(documents).toEqual(doc.documents);
  });

  it('reproduces the seed’s key domains and their document keys', () => {
    expect(keyDomains).toEqual(doc.keyDomains);
  });

  it('reads the broken block (lines 125–157) as a re-cited doc-05 and a new doc-08', () => {
    expect(keyDomains[2].documentKeys).toEqual(['doc-07', 'doc-05', 'doc-08', 'doc-09']);
    expect(documents.filter((d) => d.title === '闻韶北征收决定')).toHaveLength(1);
  });

  it('lists the issuers and the pilot leads as the seed’s departments', () => {
    const departments = issuingDepartments(documents, pilotLeadDepartments(sections));
    expect(differences(departments, doc.departments)).toEqual([]);
  });

  it('keys documents in order of first citation and reuses a key for a re-cited one', () => {
    const block = (title: string) => `《\n主题分类：通知公告\n发布机构：县财政局\n文件编号：\n发文日期：2018-03-01\n信息名称：${title}" \\t "_blank" \n${title}\n》`;
    const text = ['四、重点领域信息公开情况', `1.财政预决算。公开信息5条，包括${block('甲')}《乙》等。`, `2.价格收费。公开信息3件，如${block('甲')}。`].join('\n');
    const lines = text.split('\n');
    const sections = [{ ordinal: 4, heading: '重点领域信息公开情况', text: '', lines: { start: 1, end: lines.length } }];
    const secondDomain = lines.findIndex((l) => l.startsWith('2.')) + 1;
    expect(extractCitedDocuments(text, sections)).toEqual({
      documents: [
        { key: 'doc-01', title: '甲', topic: '通知公告', issuingDepartment: '县财政局', number: null, issuedOn: '2018-03-01' },
        { key: 'doc-02', title: '乙', topic: null, issuingDepartment: null, number: null, issuedOn: null },
      ],
      keyDomains: [
        { ordinal: 1, name: '财政预决算', items: 5, documentKeys: ['doc-01', 'doc-02'], line: 2 },
        { ordinal: 2, name: '价格收费', items: null, documentKeys: ['doc-01'], line: secondDomain },
      ],
    });
  });

  it('finds no key-domain section in the flattened Fujian reports', () => {
    for (const { text: corpusText, sections: corpusSections } of Object.values(fujianCorpus())) {
      expect(extractCitedDocuments(corpusText, corpusSections)).toEqual({ documents: [], keyDomains: [] });
    }
  });
});
