import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { ChannelAccount } from './channel-account.entity.js';
import { Department, DepartmentKind } from './department.entity.js';
import { Government } from './government.entity.js';
import { Region } from './region.entity.js';

@ObjectType({ description: 'A page of governments (人民政府列表)' })
export class GovernmentConnection extends Connection(Government, 'Government', 'governments (人民政府)') {}

@Resolver(() => Government)
export class GovernmentResolver {
  @Query(() => Government, { nullable: true, description: 'One government by id (按标识查询人民政府)' })
  government(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.governmentById.load(toRowId(id, 'Government')), 'Government', 'id', id);
  }

  @Query(() => GovernmentConnection, { description: 'Governments ordered by name, optionally those under one region (人民政府列表)' })
  async governments(
    @Args() page: PageArgs,
    @Arg('regionCode', () => String, { nullable: true, description: 'Only governments seated in the region with this code (行政区划代码)' }) regionCode: string | null,
    @Ctx() { em }: RequestContext,
  ) {
    return findPage(em, Government, regionCode ? { region: { code: regionCode } } : {}, [{ name: 'asc' }, { id: 'asc' }], page);
  }

  @FieldResolver(() => Region, { description: 'The division the government administers (所辖行政区划)' })
  async region(@Root() government: Government, @Ctx() { loaders }: RequestContext) {
    return (await loaders.regionById.load(government.region.id))!;
  }

  @FieldResolver(() => [Department], { description: 'Organs under the government, by name, optionally of one kind (所属部门)' })
  async departments(
    @Root() government: Government,
    @Arg('kind', () => DepartmentKind, { nullable: true, description: 'Only departments of this kind (部门类型)' }) kind: DepartmentKind | null,
    @Ctx() { loaders }: RequestContext,
  ) {
    const departments = await loaders.departmentsByGovernment.load(government.id);
    return kind ? departments.filter((d) => d.kind === kind) : departments;
  }

  @FieldResolver(() => [ChannelAccount], { description: 'The outlets the government runs: portal, WeChat, Weibo, gazette, apps (政务平台账号)' })
  channelAccounts(@Root() government: Government, @Ctx() { loaders }: RequestContext) {
    return loaders.channelAccountsByGovernment.load(government.id);
  }
}
