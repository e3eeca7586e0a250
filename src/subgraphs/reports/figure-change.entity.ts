import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReportVersion } from './report-version.entity.js';

export enum FigureKind {
  TABLE_CELL = 'TABLE_CELL',
  PROSE_FIGURE = 'PROSE_FIGURE',
}

registerEnumType(FigureKind, {
  name: 'FigureKind',
  description: 'Where a figure of a report stands (数据位置)',
  valuesConfig: {
    TABLE_CELL: { description: 'A cell of the statistics table, addressed by its code (统计表单元格)' },
    PROSE_FIGURE: { description: 'A figure stated in the prose, addressed by its ordinal (正文数据)' },
  },
});

/**
 * One figure's value before and after a version. Undoing, newest first, the changes of every
 * version after n gives the figures of version n.
 */
@ObjectType({ description: 'One figure changed by a version of a report, from and to (数据变更)' })
@Entity({ tableName: 'figure_change' })
@Index({ properties: ['kind', 'code'] })
export class FigureChange {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => ReportVersion, { ref: true, deleteRule: 'cascade', index: true })
  version!: Ref<ReportVersion>;

  @Field(() => FigureKind, { description: 'Table cell or prose figure (数据位置)' })
  @Enum({ items: () => FigureKind, nativeEnumName: 'figure_kind' })
  kind!: FigureKind;

  @Field({ description: 'The cell’s code, or the prose figure’s measure (指标代码), e.g. requests.replies.refused.other_statutory' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => Int, { nullable: true, description: 'The prose figure’s ordinal among the report’s prose figures; null for a cell (正文数据序号)' })
  @Property({ type: 'integer', nullable: true })
  proseOrdinal: number | null = null;

  @Field({ description: 'The cell’s label or the prose figure’s sentence (名称或原文句子)' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => Float, { nullable: true, description: 'The value before this version; null when the figure was blank or new (原值)' })
  @Property({ type: 'double', nullable: true })
  fromValue: number | null = null;

  @Field(() => Float, { nullable: true, description: 'The value from this version on; null when blank or gone (新值)' })
  @Property({ type: 'double', nullable: true })
  toValue: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a correction: the re-import version whose source no longer gave the corrected-from value, so the source’s new value replaced the correction; null while the correction stands (被取代的版本)',
  })
  @Property({ type: 'integer', nullable: true })
  supersededInVersion: number | null = null;
}
