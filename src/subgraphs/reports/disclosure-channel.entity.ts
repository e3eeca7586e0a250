import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

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

@ObjectType({ description: 'A disclosure channel of the catalogue (公开渠道), such as 政府网站 or 政务微信' })
@Entity({ tableName: 'disclosure_channel' })
export class DisclosureChannel {
  @Field(() => ID, { description: 'Stable identifier of the channel (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => ChannelCode, { description: 'Code of the channel (渠道代码)' })
  @Enum({ items: () => ChannelCode, nativeEnumName: 'channel_code', unique: true })
  code!: ChannelCode;

  @Field({ description: 'Chinese name as reports print it (渠道名称), e.g. 政务微博' })
  @Property()
  name!: string;
}
