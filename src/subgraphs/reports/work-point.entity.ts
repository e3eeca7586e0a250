import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Report } from './report.entity.js';

@ObjectType({ description: 'One of the year’s disclosure work points and how it was carried out (政务公开工作要点落实情况)' })
@Entity({ tableName: 'work_point' })
@Unique({ properties: ['report', 'ordinal'] })
export class WorkPoint {
  @Field(() => ID, { description: 'Stable identifier of the work point (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field(() => Int, { description: 'Position in the list, from 1 (序号), e.g. 1 for （一）' })
  @Property()
  ordinal!: number;

  @Field({ description: 'The work point’s heading (标题), e.g. 加强预期引导' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The work point’s paragraph as published, its heading included (落实情况)' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Int, { description: 'Line in the source text (出处行)' })
  @Property()
  line!: number;
}
