import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DisclosureChannel } from './disclosure-channel.entity.js';
import { Report } from './report.entity.js';

@ObjectType({ description: 'Items a report says were published through one channel (各渠道主动公开信息数)' })
@Entity({ tableName: 'channel_figure' })
@Unique({ properties: ['report', 'channel'] })
export class ChannelFigure {
  @Field(() => ID, { description: 'Stable identifier of the figure (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @ManyToOne(() => DisclosureChannel, { ref: true })
  channel!: Ref<DisclosureChannel>;

  @Field(() => Int, { description: 'Items published through the channel (公开信息条数)' })
  @Property()
  items!: number;

  @Field(() => Float, { nullable: true, description: 'Share of all items in percent, as stated in the prose (占比, %)' })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true, runtimeType: 'number' })
  statedShare: number | null = null;

  @Field(() => String, { nullable: true, description: 'The share exactly as printed, e.g. 约占1.31% (占比原文)' })
  @Property({ type: 'text', nullable: true })
  statedShareText: string | null = null;

  @Field(() => Int, { description: 'Line of the statement in the source text (出处行)' })
  @Property()
  line!: number;
}
