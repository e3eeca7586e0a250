import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { findPage } from '../../db/paged-find.js';
import { Connection, PageArgs } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { found } from '../../graphql/errors.js';
import { ChannelFigure } from './channel-figure.entity.js';
import { DepartmentStub } from './department.stub.js';
import { GovernmentStub } from './government.stub.js';
import { ReportSection } from './report-section.entity.js';
import { Report, ReportFormat } from './report.entity.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';
import { toRowId } from '../../graphql/ids.js';
import { OfficialInCharge } from './report-narrative.js';
import { reportListQuery } from './report-list-query.js';
import { WorkPoint } from './work-point.entity.js';

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

  @Field(() => String, { nullable: true, description: 'Only reports of governments in this region or below it (行政区划代码), e.g. 370000 for all of 山东' })
  regionCode?: string | null;
}

export enum ReportOrder {
  YEAR_DESC = 'YEAR_DESC',
  YEAR_ASC = 'YEAR_ASC',
}

registerEnumType(ReportOrder, {
  name: 'ReportOrder',
  description: 'Order of a list of reports (排序)',
  valuesConfig: {
    YEAR_DESC: { description: 'Newest year first (年度降序)' },
    YEAR_ASC: { description: 'Oldest year first (年度升序)' },
  },
});

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
    @Arg('orderBy', () => ReportOrder, { defaultValue: ReportOrder.YEAR_DESC, description: 'Order of the list (排序)' }) orderBy: ReportOrder,
    @Ctx() { em }: RequestContext,
  ) {
    const { where, orderBy: order } = reportListQuery(filter, orderBy);
    return findPage(em, Report, where, order, page);
  }

  @FieldResolver(() => OfficialInCharge, { nullable: true, description: 'The official in charge of disclosure work, as named (分管领导)' })
  officialInCharge(@Root() report: Report): OfficialInCharge | null {
    return report.officialName ? { name: report.officialName, title: report.officialTitle ?? '' } : null;
  }

  @FieldResolver(() => [WorkPoint], { description: 'The year’s work points and how each was carried out, in order (工作要点落实情况)' })
  workPoints(@Root() report: Report, @Ctx() { loaders }: RequestContext) {
    return loaders.workPointsByReport.load(report.id);
  }

  @FieldResolver(() => [KeyDomainFigure], { description: 'Key domains with the items published in each, in the report’s order (重点领域信息公开)' })
  keyDomains(@Root() report: Report, @Ctx() { loaders }: RequestContext) {
    return loaders.keyDomainFiguresByReport.load(report.id);
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
