import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A key domain of disclosure from the catalogue (重点领域), e.g. 保障性住房 or 财政预决算' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'key_domain' })
export class KeyDomain {
  @Field(() => ID, { description: 'Stable identifier of the domain (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Name of the domain as reports print it (领域名称)' })
  @Property({ unique: true })
  name!: string;
}
