import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Government by key, to hang its pilot sites on. */
@ObjectType('Government', { description: 'The people’s government of a region (人民政府)' })
@Directive('@key(fields: "id")')
export class PilotGovernmentStub {
  @Field(() => ID, { description: 'Stable identifier of the government (标识)' })
  id!: number;
}

/** The directory's Department by key, to hang the pilot areas it leads on. */
@ObjectType('Department', { description: 'An organ under a government (政府部门)' })
@Directive('@key(fields: "id")')
export class PilotDepartmentStub {
  @Field(() => ID, { description: 'Stable identifier of the department (标识)' })
  id!: number;
}

/** The directory's Region by key, for the region a pilot summary covers. */
@ObjectType('Region', { description: 'An administrative division (行政区划), identified by its GB/T 2260 code' })
@Directive('@key(fields: "id")')
export class PilotRegionStub {
  @Field(() => ID, { description: 'Stable identifier of the region (标识)' })
  id!: number;
}
