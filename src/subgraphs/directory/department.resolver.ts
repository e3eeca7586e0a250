import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Department } from './department.entity.js';
import { Government } from './government.entity.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'One department by id (按标识查询部门)' })
  department(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.departmentById.load(toRowId(id, 'Department')), 'Department', 'id', id);
  }

  @FieldResolver(() => Government, { description: 'The government the department belongs to (所属人民政府)' })
  async government(@Root() department: Department, @Ctx() { loaders }: RequestContext) {
    return (await loaders.governmentById.load(department.government.id))!;
  }
}
