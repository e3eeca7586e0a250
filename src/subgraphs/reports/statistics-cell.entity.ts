import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Report } from './report.entity.js';

@ObjectType({ description: 'One row of a report’s statistics table, exactly as printed (统计表单元格)' })
@Entity({ tableName: 'statistics_cell' })
@Unique({ properties: ['report', 'code'] })
export class StatisticsCell {
  @Field(() => ID, { description: 'Stable identifier of the cell (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field({ description: 'Code of the row, stable within a format family (指标代码), e.g. requests.received.in_person' })
  @Property()
  code!: string;

  @Field({ description: 'The row’s label as printed (统计指标)' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Unit as printed (单位), e.g. 件 or 万元' })
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  @Field(() => Float, { nullable: true, description: 'The number in the cell; null when blank or not a number (统计数)' })
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Field({ description: 'The cell exactly as printed, empty when blank (原文)' })
  @Property({ type: 'text' })
  raw!: string;

  @Field(() => String, { nullable: true, description: 'Code of the row this one breaks down (上级指标代码)' })
  @Property({ nullable: true })
  parentCode: string | null = null;

  @Field(() => Int, { description: 'Position in the table, from 1 (行序)' })
  @Property()
  ordinal!: number;

  @Field(() => Int, { description: 'Line in the source text (出处行)' })
  @Property()
  line!: number;
}
