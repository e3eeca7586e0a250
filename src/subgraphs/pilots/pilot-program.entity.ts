import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Region } from '../directory/region.entity.js';

export enum ProgrammeLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
}

registerEnumType(ProgrammeLevel, {
  name: 'ProgrammeLevel',
  description: 'Who runs a pilot programme (试点层级)',
  valuesConfig: {
    NATIONAL: { description: 'Run by the State Council General Office (国家试点)' },
    PROVINCIAL: { description: 'Run by a province (省级试点)' },
  },
});

@ObjectType({ description: 'A pilot programme, such as the grassroots disclosure standardisation pilot (基层政务公开标准化规范化试点)' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'pilot_program' })
@Unique({ properties: ['name', 'region'] })
export class PilotProgram {
  @Field(() => ID, { description: 'Stable identifier of the programme (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Name of the programme (试点名称)' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ProgrammeLevel, { description: 'National or provincial (试点层级)' })
  @Enum({ items: () => ProgrammeLevel, nativeEnumName: 'programme_level' })
  level!: ProgrammeLevel;

  @Field(() => Int, { nullable: true, description: 'Sites the programme designated, as stated (试点单位数), e.g. 30 counties in 山东' })
  @Property({ type: 'integer', nullable: true })
  plannedSites: number | null = null;

  /** The province running a provincial programme; null for the national one. */
  @ManyToOne(() => Region, { ref: true, nullable: true })
  region: Ref<Region> | null = null;
}
