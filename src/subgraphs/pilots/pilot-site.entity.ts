import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
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
}
