import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { ChannelFigure } from './channel-figure.entity.js';
import { DepartmentStub } from './department.stub.js';
import { GovernmentStub } from './government.stub.js';
import { ReportSection } from './report-section.entity.js';
import { Report, ReportFormat } from './report.entity.js';

@ObjectType({ description: 'A page of annual reports (年度报告列表)' })
export class ReportConnection extends Connection(Report, 'Report', 'annual reports (年度报告)') {}

@InputType({ description: 'Narrows a list of reports (报告筛选条件); all given conditions must hold' })
export class ReportFilter {
  @Field(() => Int, { nullable: true, description: 'Only reports on this year (报告年度)' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only reports of this government (发布机关)' })
  governmentId?: string | null;

  @Field(() => ReportFormat, { nullable: true, description: 'Only reports in this format family (统计表格式)' })
  format?: ReportFormat | null;
}

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Report, { nullable: true, description: 'One annual report by id (按标识查询年度报告)' })
  report(@Arg('id', () => ID, { description: 'Identifier (标识) as returned by the API' }) id: string, @Ctx() { loaders }: RequestContext) {
    return found(loaders.reportById.load(toRowId(id, 'Report')), 'Report', 'id', id);
  }

  @Query(() => ReportConnection, { description: 'Annual reports, newest year first (年度报告列表)' })
  reports(
    @Args() page: PageArgs,
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Conditions the reports must meet (筛选条件)' }) filter: ReportFilter | null,
    @Ctx() { em }: RequestContext,
  ) {
    const where: FilterQuery<Report> = {};
    if (filter?.year != null) where.year = filter.year;
    if (filter?.format != null) where.format = filter.format;
    if (filter?.governmentId != null) where.government = toRowId(filter.governmentId, 'Government');
    return findPage(em, Report, where, [{ year: 'desc' }, { id: 'asc' }], page);
  }

  @FieldResolver(() => GovernmentStub, { description: 'The government that issued the report, or whose department did (发布机关)' })
  government(@Root() report: Report): GovernmentStub {
    return { id: report.government.id };
  }

  @FieldResolver(() => DepartmentStub, { nullable: true, description: 'The department that issued the report, when not the government itself (发布部门)' })
  department(@Root() report: Report): DepartmentStub | null {
    return report.department ? { id: report.department.id } : null;
  }

  @FieldResolver(() => [ReportSection], { description: 'Numbered sections in reading order (报告章节)' })
  sections(@Root() report: Report, @Ctx() { loaders }: RequestContext) {
    return loaders.sectionsByReport.load(report.id);
  }

  @FieldResolver(() => [ChannelFigure], { description: 'Items published per channel, in the order the report states them (各渠道主动公开情况)' })
  channelFigures(@Root() report: Report, @Ctx() { loaders }: RequestContext) {
    return loaders.channelFiguresByReport.load(report.id);
  }
}
