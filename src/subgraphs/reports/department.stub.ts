import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Department, referenced by key only; the directory resolves its fields. */
@ObjectType('Department', { description: 'An organ under a government (政府部门)' })
@Directive('@key(fields: "id", resolvable: false)')
export class DepartmentStub {
  @Field(() => ID, { description: 'Stable identifier of the department (标识)' })
  id!: number;
}
