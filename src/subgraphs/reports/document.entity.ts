import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Department } from '../directory/department.entity.js';
import { Government } from '../directory/government.entity.js';
import { LocalDate } from '../../graphql/scalars.js';

@ObjectType({ description: 'A published government document or item that a report cites (政府信息), with its catalogue metadata' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'document' })
// The same item cited twice is one document: it is known by who issued it, what and when.
@Unique({
  name: 'document_identity_unique',
  expression:
    'create unique index "document_identity_unique" on "document" ("government_id", "issuing_department_id", "title", "number", "issued_on") nulls not distinct',
})
export class Document {
  @Field(() => ID, { description: 'Stable identifier of the document (标识)' })
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @ManyToOne(() => Department, { ref: true, nullable: true, index: true })
  issuingDepartment: Ref<Department> | null = null;

  @Field({ description: 'Title (信息名称)' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Topic category in the disclosure catalogue (主题分类), e.g. 部门动态' })
  @Property({ type: 'text', nullable: true })
  topic: string | null = null;

  @Field(() => String, { nullable: true, description: 'Document number (文件编号), e.g. 临政字〔2017〕115号' })
  @Property({ type: 'text', nullable: true })
  number: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Date issued (发文日期)' })
  @Property({ type: 'date', nullable: true, index: true })
  issuedOn: string | null = null;
}
