import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Department by key, to hang the documents it issued on. */
@ObjectType('Department', { description: 'An organ under a government (政府部门)' })
@Directive('@key(fields: "id")')
export class DepartmentStub {
  @Field(() => ID, { description: 'Stable identifier of the department (标识)' })
  id!: number;
}
