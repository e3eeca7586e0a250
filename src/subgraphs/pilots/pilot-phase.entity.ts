import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { PilotProgram } from './pilot-program.entity.js';

@ObjectType('PilotPhase', { description: 'A stage every pilot area goes through, in order (试点阶段), e.g. 动员部署' })
@Entity({ tableName: 'pilot_phase' })
@Unique({ properties: ['programme', 'ordinal'] })
export class PilotPhase {
  @Field(() => ID, { description: 'Stable identifier of the phase (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => PilotProgram, { ref: true, deleteRule: 'cascade' })
  programme!: Ref<PilotProgram>;

  @Field(() => Int, { description: 'Position in the sequence, from 1 (阶段序号)' })
  @Property()
  ordinal!: number;

  @Field({ description: 'Name of the phase (阶段名称)' })
  @Property()
  name!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The last day the phase may run, as planned; null while no schedule is known (计划完成时间)' })
  @Property({ type: 'date', nullable: true })
  plannedEnd: string | null = null;
}
