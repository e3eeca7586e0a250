import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Government } from '../directory/government.entity.js';
import { PilotProgram } from './pilot-program.entity.js';

@ObjectType({ description: 'A government designated as a pilot unit of a programme (试点单位)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'pilot_site' })
@Unique({ properties: ['programme', 'government'] })
export class PilotSite {
  @Field(() => ID, { description: 'Stable identifier of the site (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => PilotProgram, { ref: true, index: true })
  programme!: Ref<PilotProgram>;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @Field({ description: 'When the government was designated, YYYY-MM or YYYY-MM-DD as published (确定为试点时间)' })
  @Property({ length: 10 })
  designatedOn!: string;

  @Field(() => String, { nullable: true, description: 'Title of the site’s implementation plan (实施方案)' })
  @Property({ type: 'text', nullable: true })
  implementationDocumentTitle: string | null = null;

  @Field(() => String, { nullable: true, description: 'Number of the implementation plan (实施方案文号), e.g. 临政办发〔2017〕15号' })
  @Property({ type: 'text', nullable: true })
  implementationDocumentNumber: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Day of the month progress is gathered (每月进展汇总日)' })
  @Property({ type: 'integer', nullable: true })
  progressDayOfMonth: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Columns of the pilot topic site, as stated (试点专题栏目数)' })
  @Property({ type: 'integer', nullable: true })
  topicColumnCount: number | null = null;

  @Field(() => [String], { description: 'Names of the topic site’s columns; the report names three and counts one per pilot area (试点专题栏目)' })
  @Property({ type: 'text[]' })
  topicColumns: Opt<string[]> = [];
}
