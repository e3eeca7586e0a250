import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChannelCode } from '../shared/channel-code.js';
import { Government } from './government.entity.js';

@ObjectType({ description: 'A concrete outlet a government runs on a channel (政务新媒体及平台账号), e.g. the WeChat account 中国临淄' })
@Entity({ tableName: 'channel_account' })
@Unique({ properties: ['government', 'channel', 'name'] })
export class ChannelAccount {
  @Field(() => ID, { description: 'Stable identifier of the account (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @Field(() => ChannelCode, { description: 'The channel it belongs to (渠道)' })
  @Enum({ items: () => ChannelCode, nativeEnumName: 'channel_code' })
  channel!: ChannelCode;

  @Field({ description: 'Name as published (账号名称), e.g. 临淄政务' })
  @Property()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Address, where published (网址)' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Field(() => String, { nullable: true, description: 'When it opened, YYYY-MM or YYYY-MM-DD as published (开通时间)' })
  @Property({ type: 'text', nullable: true })
  openedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the report says of it, quoted as printed (情况说明)' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Int, { description: 'Line in the source text where it is named (出处行)' })
  @Property()
  line!: number;
}
