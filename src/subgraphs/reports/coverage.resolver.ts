import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { loadCoverage } from '../../analytics/coverage.js';
import { loadLateReports } from '../../analytics/late-reports.js';
import { connectionFromPage, PageArgs, pageWindow } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';
import { BodyType } from './analytics-enums.js';
import { CoverageEntry, ReportCoverage } from './coverage.types.js';
import { Report } from './report.entity.js';
import { ReportConnection } from './report.resolver.js';
import { StatisticsFilter } from './report-statistics-aggregate.types.js';

@Resolver(() => CoverageEntry)
export class ReportCoverageResolver {
  @Query(() => ReportCoverage, { description: 'Which bodies under a region published a report for the year, and which did not (报告发布覆盖情况)' })
  async reportCoverage(
    @Arg('regionCode', { description: 'The region; bodies of it and of every region below it count (行政区划代码)' }) regionCode: string,
    @Arg('year', () => Int, { description: 'Report year (报告年度)' }) year: number,
    @Arg('bodyType', () => BodyType, { nullable: true, description: 'Only governments, or only departments; default both (发布主体类型)' }) bodyType: BodyType | null,
    @Ctx() { em }: RequestContext,
  ): Promise<ReportCoverage> {
    const entries = (await loadCoverage(em, regionCode, year, bodyType)).map((e) => ({
      government: { id: e.governmentId },
      department: e.departmentId == null ? null : { id: e.departmentId },
      name: e.name,
      regionCode: e.regionCode,
      published: e.reportId != null,
      reportId: e.reportId,
      report: null,
    }));
    const published = entries.filter((e) => e.published);
    return { regionCode, year, bodies: entries.length, published: published.length, rate: entries.length ? published.length / entries.length : null, missing: entries.filter((e) => !e.published), publishedBodies: published };
  }

  @FieldResolver(() => Report, { nullable: true, description: 'The report, when published (年度报告)' })
  report(@Root() entry: CoverageEntry, @Ctx() { loaders }: RequestContext) {
    return entry.reportId == null ? null : loaders.reportById.load(entry.reportId);
  }

  @Query(() => ReportConnection, { description: 'Reports published after their statutory deadline (31 March up to report year 2018, 31 January from 2019), most days late first (逾期发布的报告)' })
  async lateReports(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => StatisticsFilter, { nullable: true, description: 'Which reports to look at (范围)' }) filter: StatisticsFilter | null,
    @Ctx() { em, loaders }: RequestContext,
  ): Promise<ReportConnection> {
    const page = pageWindow(pageArgs);
    const { ids, total } = await loadLateReports(em, {
      regionCode: filter?.regionCode, yearFrom: filter?.yearFrom, yearTo: filter?.yearTo, format: filter?.format, bodyType: filter?.bodyType,
      governmentId: filter?.governmentId != null ? toRowId(filter.governmentId, 'Government') : null,
    }, page.offset, page.limit);
    const reports = (await loaders.reportById.loadMany(ids)).filter((r): r is Report => r instanceof Report);
    return connectionFromPage(reports, page, total) as ReportConnection;
  }
}
