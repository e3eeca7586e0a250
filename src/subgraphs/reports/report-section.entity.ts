import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Report } from './report.entity.js';

@ObjectType({ description: 'A numbered section of a report, in reading order (报告章节)' })
@Entity({ tableName: 'report_section' })
@Unique({ properties: ['report', 'ordinal'] })
export class ReportSection {
  @Field(() => ID, { description: 'Stable identifier of the section (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field(() => Int, { description: 'Position in the report, from 1 (序号), e.g. 4 for 四、' })
  @Property()
  ordinal!: number;

  @Field({ description: 'Heading without its numeral (标题), e.g. 概述' })
  @Property({ type: 'text' })
  heading!: string;

  @Field({ description: 'Body text as published (正文)' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Int, { description: 'Line of the heading in the source text (起始行)' })
  @Property()
  lineStart!: number;

  @Field(() => Int, { description: 'Last line of the section in the source text (结束行)' })
  @Property()
  lineEnd!: number;
}
