import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Department, DepartmentKind } from './department.entity.js';
import { Government } from './government.entity.js';

@ObjectType({ description: 'A page of departments (部门列表)' })
export class DepartmentConnection extends Connection(Department, 'Department', 'departments (部门)') {}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Departments by name, optionally of one government or one kind (部门列表)' })
  departments(
    @Args() page: PageArgs,
    @Arg('governmentId', () => ID, { nullable: true, description: 'Only departments of this government (所属人民政府)' }) governmentId: string | null,
    @Arg('kind', () => DepartmentKind, { nullable: true, description: 'Only departments of this kind (部门类型)' }) kind: DepartmentKind | null,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<Department> = {};
    if (governmentId != null) where.government = toRowId(governmentId, 'Government');
    if (kind != null) where.kind = kind;
    return findPage(em, Department, where, [{ name: 'asc' }, { id: 'asc' }], page);
  }

  @Query(() => Department, { nullable: true, description: 'One department by id (按标识查询部门)' })
  department(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.departmentById.load(toRowId(id, 'Department')), 'Department', 'id', id);
  }

  @FieldResolver(() => Government, { description: 'The government the department belongs to (所属人民政府)' })
  async government(@Root() department: Department, @Ctx() { loaders }: RequestContext) {
    return (await loaders.governmentById.load(department.government.id))!;
  }
}
