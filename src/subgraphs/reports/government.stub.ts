import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Government, as far as this subgraph knows it: by key, to hang its reports on. */
@ObjectType('Government', { description: 'The people’s government of a region (人民政府)' })
@Directive('@key(fields: "id")')
export class GovernmentStub {
  @Field(() => ID, { description: 'Stable identifier of the government (标识)' })
  id!: number;
}
