import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Level of an administrative division (行政区划级别)',
  valuesConfig: {
    PROVINCE: { description: 'Province-level division (省级)' },
    CITY: { description: 'Prefecture-level city (地级)' },
    COUNTY: { description: 'County-level division: county, district or county-level city (县级)' },
    TOWNSHIP: { description: 'Township-level division: town, township or street (乡级)' },
  },
});

@ObjectType({ description: 'An administrative division (行政区划), identified by its GB/T 2260 code' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'region' })
export class Region {
  @Field(() => ID, { description: 'Stable identifier of the region (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'GB/T 2260 administrative division code (行政区划代码), e.g. 370305' })
  @Property({ length: 12, unique: true })
  code!: string;

  @Field({ description: 'Name of the division as officially written (名称), e.g. 临淄区' })
  @Property()
  name!: string;

  @Field(() => RegionLevel, { description: 'Administrative level (级别)' })
  @Enum({ items: () => RegionLevel, nativeEnumName: 'region_level' })
  level!: RegionLevel;

  @ManyToOne(() => Region, { ref: true, nullable: true, index: true })
  parent?: Ref<Region>;
}
