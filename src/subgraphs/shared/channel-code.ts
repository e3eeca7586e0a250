import { registerEnumType } from 'type-graphql';

// Shared by the reports subgraph (channel figures) and the directory (channel accounts); federation
// requires an enum used by two subgraphs to be identical in both.
export enum ChannelCode {
  WEBSITE = 'WEBSITE',
  GAZETTE = 'GAZETTE',
  WEIBO = 'WEIBO',
  WECHAT = 'WECHAT',
  APP = 'APP',
  OTHER = 'OTHER',
  PRESS_CONFERENCE = 'PRESS_CONFERENCE',
  ONLINE_INTERVIEW = 'ONLINE_INTERVIEW',
}

/** The catalogue: English gloss and the Chinese name as reports print it. */
export const CHANNELS: Record<ChannelCode, { english: string; name: string }> = {
  WEBSITE: { english: 'Government website', name: '政府网站' },
  GAZETTE: { english: 'Government gazette', name: '政府公报' },
  WEIBO: { english: 'Government Weibo microblog', name: '政务微博' },
  WECHAT: { english: 'Government WeChat account', name: '政务微信' },
  APP: { english: 'Mobile app', name: 'APP客户端' },
  OTHER: { english: 'Other means', name: '其他方式' },
  PRESS_CONFERENCE: { english: 'Press conference', name: '新闻发布会' },
  ONLINE_INTERVIEW: { english: 'Online interview', name: '在线访谈' },
};

registerEnumType(ChannelCode, {
  name: 'ChannelCode',
  description: 'A means by which information reaches the public (公开渠道)',
  valuesConfig: Object.fromEntries(
    Object.entries(CHANNELS).map(([code, { english, name }]) => [code, { description: `${english} (${name})` }]),
  ),
});
