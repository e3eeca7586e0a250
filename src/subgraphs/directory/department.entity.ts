import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Government } from './government.entity.js';

export enum DepartmentKind {
  GOVERNMENT_OFFICE = 'GOVERNMENT_OFFICE',
  BUREAU = 'BUREAU',
  BRANCH_BUREAU = 'BRANCH_BUREAU',
  TOWN = 'TOWN',
  STREET_OFFICE = 'STREET_OFFICE',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  OTHER = 'OTHER',
}

registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: 'Kind of organ under a government (部门类型)',
  valuesConfig: {
    GOVERNMENT_OFFICE: { description: 'The government’s general office (政府办公室)' },
    BUREAU: { description: 'A working department: bureau, commission or office (局、委、办)' },
    BRANCH_BUREAU: { description: 'A branch of a higher-level bureau (分局)' },
    TOWN: { description: 'Town or township government (镇、乡人民政府)' },
    STREET_OFFICE: { description: 'Street office (街道办事处)' },
    PUBLIC_INSTITUTION: { description: 'Public institution (事业单位)' },
    OTHER: { description: 'Any other organ (其他)' },
  },
});

@ObjectType({ description: 'An organ under a government (政府部门): an office, bureau, town or street office' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'department' })
@Unique({ properties: ['government', 'name'] })
export class Department {
  @Field(() => ID, { description: 'Stable identifier of the department (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Name as published (名称), e.g. 区房管局' })
  @Property()
  name!: string;

  @Field(() => DepartmentKind, { description: 'Kind of organ (部门类型)' })
  @Enum({ items: () => DepartmentKind, nativeEnumName: 'department_kind' })
  kind!: DepartmentKind;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;
}
