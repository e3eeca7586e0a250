import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Department } from '../directory/department.entity.js';
import { PilotSite } from './pilot-site.entity.js';

@ObjectType({ description: 'A domain a pilot site standardises, under a lead department (试点领域), e.g. 财政预决算' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'pilot_area' })
@Unique({ properties: ['site', 'name'] })
export class PilotArea {
  @Field(() => ID, { description: 'Stable identifier of the area (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => PilotSite, { ref: true, deleteRule: 'cascade' })
  site!: Ref<PilotSite>;

  @Field({ description: 'Name of the area (领域名称)' })
  @Property()
  name!: string;

  @ManyToOne(() => Department, { ref: true, index: true })
  leadDepartment!: Ref<Department>;
}
