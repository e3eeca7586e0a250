import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { KeyDomain } from './key-domain.entity.js';
import { Report } from './report.entity.js';

@ObjectType({ description: 'What a report says was published in one key domain (重点领域信息公开情况)' })
@Entity({ tableName: 'key_domain_figure' })
@Unique({ properties: ['report', 'keyDomain'] })
export class KeyDomainFigure {
  @Field(() => ID, { description: 'Stable identifier of the figure (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Report, { ref: true, deleteRule: 'cascade' })
  report!: Ref<Report>;

  @ManyToOne(() => KeyDomain, { ref: true, index: true })
  keyDomain!: Ref<KeyDomain>;

  @Field(() => Int, { description: 'Position in the report’s list, from 1 (序号)' })
  @Property()
  ordinal!: number;

  @Field(() => Int, { nullable: true, description: 'Items published in the domain, as stated; null when the report gives none (公开信息条数)' })
  @Property({ type: 'integer', nullable: true })
  items: number | null = null;

  @Field(() => Int, { description: 'Line of the domain’s heading in the source text (出处行)' })
  @Property()
  line!: number;
}
