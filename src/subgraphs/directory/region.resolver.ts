import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { Government } from './government.entity.js';
import { Region, RegionLevel } from './region.entity.js';

@ObjectType({ description: 'A page of regions (行政区划列表)' })
export class RegionConnection extends Connection(Region, 'Region', 'regions (行政区划)') {}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'One region by its GB/T 2260 code (按行政区划代码查询)' })
  region(@Arg('code', { description: 'Six-digit division code (行政区划代码), e.g. 370305' }) code: string, @Ctx() { em }: RequestContext) {
    return found(em.findOne(Region, { code }), 'Region', 'code', code);
  }

  @Query(() => RegionConnection, { description: 'Regions, optionally of one level, ordered by code (行政区划列表)' })
  regions(
    @Args() page: PageArgs,
    @Arg('level', () => RegionLevel, { nullable: true, description: 'Only regions of this level (级别)' }) level: RegionLevel | null,
    @Ctx() { em }: RequestContext,
  ) {
    return findPage(em, Region, level ? { level } : {}, [{ code: 'asc' }], page);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The division this one belongs to (上级行政区划)' })
  parent(@Root() region: Region, @Ctx() { loaders }: RequestContext) {
    return region.parent ? loaders.regionById.load(region.parent.id) : null;
  }

  @FieldResolver(() => [Region], { description: 'Divisions directly under this one, by code (下级行政区划)' })
  children(@Root() region: Region, @Ctx() { loaders }: RequestContext) {
    return loaders.regionsByParent.load(region.id);
  }

  @FieldResolver(() => [Government], { description: 'Governments seated in this division (本级人民政府)' })
  governments(@Root() region: Region, @Ctx() { loaders }: RequestContext) {
    return loaders.governmentsByRegion.load(region.id);
  }
}
