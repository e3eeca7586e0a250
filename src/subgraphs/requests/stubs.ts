import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Government by key, to hang its case ledger on. */
@ObjectType('Government', { description: 'The people’s government of a region (人民政府)' })
@Directive('@key(fields: "id")')
export class LedgerGovernmentStub {
  @Field(() => ID, { description: 'Stable identifier of the government (标识)' })
  id!: number;
}

/** The directory's Department, referenced by key only. */
@ObjectType('Department', { description: 'An organ under a government (政府部门)' })
@Directive('@key(fields: "id", resolvable: false)')
export class LedgerDepartmentStub {
  @Field(() => ID, { description: 'Stable identifier of the department (标识)' })
  id!: number;
}
