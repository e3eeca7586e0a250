import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Report } from './report.entity.js';

@ObjectType({ description: 'A figure the report states in its prose, kept apart from the table (正文数据)' })
@Entity({ tableName: 'prose_figure' })
// A report's figures are always read together, in order: by the graph's loaders, by the checks of
// the next year's report at every import, and by a report's deletion (its cascade).
@Index({ properties: ['report', 'ordinal'] })
export class ProseFigure {
  @Field(() => ID, { description: 'Stable identifier of the figure (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @Field({ description: 'What is measured (指标代码); a statistics-table code where one matches, e.g. requests.received' })
  @Property()
  measure!: string;

  @Field(() => Float, { description: 'The figure as stated (数值)' })
  @Property({ type: 'double' })
  value!: number;

  @Field({ description: 'Unit as stated (单位), e.g. 件 or %' })
  @Property()
  unit!: string;

  @Field({ description: 'The sentence stating it (原文句子)' })
  @Property({ type: 'text' })
  sentence!: string;

  @Field(() => Int, { description: 'Position among the report’s prose figures, from 1 (序号)' })
  @Property()
  ordinal!: number;

  @Field(() => Int, { description: 'Line in the source text (出处行)' })
  @Property()
  line!: number;
}
