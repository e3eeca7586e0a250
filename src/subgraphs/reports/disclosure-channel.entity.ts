import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { ChannelCode } from '../shared/channel-code.js';

export { ChannelCode, CHANNELS } from '../shared/channel-code.js';

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
