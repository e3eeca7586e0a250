import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Region } from './region.entity.js';

@ObjectType({ description: 'The people’s government of a region (人民政府), the body that publishes annual reports' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'government' })
@Unique({ properties: ['region', 'name'] })
export class Government {
  @Field(() => ID, { description: 'Stable identifier of the government (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Official name as published (名称), e.g. 临淄区人民政府' })
  @Property()
  name!: string;

  @ManyToOne(() => Region, { ref: true, index: true })
  region!: Ref<Region>;

  @Field(() => String, { nullable: true, description: 'Government portal website (政府门户网站)' })
  @Property({ type: 'text', nullable: true })
  portalUrl: string | null = null;

  @Field(() => String, { nullable: true, description: 'Office handling disclosure work (政府信息公开工作机构), e.g. 临淄区政府办公室信息公开科' })
  @Property({ type: 'text', nullable: true })
  disclosureOffice: string | null = null;

  @Field(() => String, { nullable: true, description: 'Contact phone of the disclosure office (联系电话)' })
  @Property({ type: 'text', nullable: true })
  disclosurePhone: string | null = null;
}
