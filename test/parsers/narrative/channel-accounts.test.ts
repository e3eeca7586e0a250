import { describe, expect, it } from 'vitest';
import { extractChannelAccounts } from '../../../src/parsers/narrative/channel-accounts.js';
import { differences, fujianCorpus, linziSeed } from './seed.js';

describe('extractChannelAccounts', () => {
  it('reproduces the seed’s accounts, each described in the report’s own words', () => {
    const { text, sections, doc } = linziSeed();
    expect(differences(extractChannelAccounts(text, sections), doc.channelAccounts)).toEqual([]);
  });

  it('reads the named outlets of the flattened Fujian reports', () => {
    const corpus = fujianCorpus();
    expect(extractChannelAccounts(corpus['03'].text, corpus['03'].sections)).toEqual([
      { channel: 'WEBSITE', name: '中国·平潭', url: 'http://www.pingtan.gov.cn', openedOn: null, description: '政府门户网站', line: 10 },
    ]);
    expect(extractChannelAccounts(corpus['05'].text, corpus['05'].sections)).toEqual([
      { channel: 'WEBSITE', name: '中国·平潭', url: null, openedOn: null, description: '门户网站', line: 10 },
      { channel: 'WEBSITE', name: '平潭综合实验区市场监督管理局', url: null, openedOn: null, description: '门户网站', line: 10 },
      { channel: 'WECHAT', name: '平潭市场监管', url: null, openedOn: null, description: '微信公众号', line: 10 },
    ]);
  });
});
