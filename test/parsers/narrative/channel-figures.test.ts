import { describe, expect, it } from 'vitest';
import { extractChannelFigures } from '../../../src/parsers/narrative/channel-figures.js';
import { fujianCorpus, linziSeed } from './seed.js';

describe('extractChannelFigures', () => {
  it('reproduces the seed’s channels from its text', () => {
    const { text, sections, doc } = linziSeed();
    expect(extractChannelFigures(text, sections)).toEqual(doc.channels);
  });

  it('keeps a share exactly as printed, 约 included', () => {
    const text = '六、主动公开政府信息情况\n其中，政府网站公开信息10条，约占50%；政务微信公开信息10条。';
    expect(extractChannelFigures(text, [{ ordinal: 6, heading: '主动公开政府信息情况', text: '', lines: { start: 1, end: 2 } }])).toEqual([
      { channel: 'WEBSITE', items: 10, statedShare: 50, statedShareText: '约占50%', line: 2 },
      { channel: 'WECHAT', items: 10, statedShare: null, statedShareText: null, line: 2 },
    ]);
  });

  it('finds no prose breakdown in the flattened Fujian reports (their counts are table rows)', () => {
    for (const { text, sections } of Object.values(fujianCorpus())) {
      expect(extractChannelFigures(text, sections)).toEqual([]);
    }
  });
});
