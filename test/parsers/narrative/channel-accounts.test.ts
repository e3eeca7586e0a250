import { describe, expect, it } from 'vitest';
import { extractChannelAccounts } from '../../../src/parsers/narrative/channel-accounts.js';
import { differences, fujianCorpus, linziSeed } from './seed.js';

describe('extractChannelAccounts', () => {
  it('reproduces the seed’s accounts but for the descriptions the seed paraphrases', () => {
    const { text, sections, doc } = linziSeed();
    // The seed's descriptions of the portal, the WeChat account, the Weibo account and the gazette
    // are editorial summaries; the extractor keeps the printed wording. The three apps' agree.
    expect(differences(extractChannelAccounts(text, sections), doc.channelAccounts)).toEqual([
      {
        path: '0.description',
        extracted: '门户网站',
        seed: '“中国临淄”门户网站（www.linzi.gov.cn）；即临淄区政府门户网站，通过其及政府信息公开平台对外公开各类政府信息7487条',
      },
      {
        path: '1.description',
        extracted: '微信公众平台',
        seed: '官方微信公众号，2016年2月开通，由区政府办公室每天编辑发布；2017年共发布信息680余条，日均2条',
      },
      { path: '2.description', extracted: '微博', seed: '政务微博，发布相关重大政策、重要会议部署、工作动态等政府信息' },
      { path: '3.description', extracted: '每月编发1期政府公报，共12期。', seed: '每月编发1期，共12期' },
    ]);
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
