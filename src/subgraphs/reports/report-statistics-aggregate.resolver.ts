import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { assessIndicators } from '../../analytics/indicators.js';
import { Measure } from '../../analytics/measures.js';
import { Rate } from '../../analytics/rates.js';
import { type Dimension, queryStatistics } from '../../analytics/statistics-query.js';
import { connectionFromPage, PageArgs, pageWindow } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';
import { StatisticsDimension } from './analytics-enums.js';
import { Indicator } from './indicator.types.js';
import { Report } from './report.entity.js';
import { ReportConnection } from './report.resolver.js';
import { StatisticsFilter, StatisticsGroup } from './report-statistics-aggregate.types.js';

const badInput = (message: string, argumentName: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });

@Resolver(() => StatisticsGroup)
export class ReportStatisticsAggregateResolver {
  @Query(() => [StatisticsGroup], {
    description: 'Comparable measures of the reports in scope, grouped; sums, rates from the sums, year-over-year change and rank, in one SQL statement (报告统计分析)',
  })
  async reportStatistics(
    @Arg('filter', () => StatisticsFilter, { nullable: true, description: 'Which reports count (统计范围)' }) filter: StatisticsFilter | null,
    @Arg('groupBy', () => [StatisticsDimension], { defaultValue: [StatisticsDimension.YEAR], description: 'Dimensions to group by, in order; the rank is within the later ones (分组维度)' })
    groupBy: StatisticsDimension[],
    @Arg('rankByMeasure', () => Measure, { nullable: true, description: 'Rank groups by this measure; default APPLICATIONS_RECEIVED (按指标排名)' }) rankByMeasure: Measure | null,
    @Arg('rankByRate', () => Rate, { nullable: true, description: 'Rank groups by this rate instead (按比率排名)' }) rankByRate: Rate | null,
    @Ctx() { em }: RequestContext,
  ): Promise<StatisticsGroup[]> {
    if (new Set(groupBy).size !== groupBy.length) throw badInput(`"groupBy" names a dimension twice: ${groupBy.join(', ')}. Give each once.`, 'groupBy');
    if (rankByMeasure != null && rankByRate != null) throw badInput('Give "rankByMeasure" or "rankByRate", not both.', 'rankByRate');
    if (filter?.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
      throw badInput(`"yearFrom" ${filter.yearFrom} is after "yearTo" ${filter.yearTo}.`, 'filter');
    }
    const rows = await queryStatistics(em, {
      filter: {
        regionCode: filter?.regionCode,
        yearFrom: filter?.yearFrom,
        yearTo: filter?.yearTo,
        format: filter?.format,
        bodyType: filter?.bodyType,
        governmentId: filter?.governmentId != null ? toRowId(filter.governmentId, 'Government') : null,
      },
      groupBy: groupBy as Dimension[],
      rankBy: rankByRate ?? rankByMeasure ?? Measure.APPLICATIONS_RECEIVED,
    });
    return rows as StatisticsGroup[];
  }

  @FieldResolver(() => ReportConnection, { description: 'The reports behind this group, by id (明细报告)' })
  async reports(@Root() group: StatisticsGroup, @Args() pageArgs: PageArgs, @Ctx() { loaders }: RequestContext): Promise<ReportConnection> {
    const page = pageWindow(pageArgs);
    const ids = group.reportIds.slice(page.offset, page.offset + page.limit);
    const reports = (await loaders.reportById.loadMany(ids)).filter((r): r is Report => r instanceof Report);
    return connectionFromPage(reports, page, group.reportIds.length) as ReportConnection;
  }
}

@Resolver(() => StatisticsGroup)
export class StatisticsGroupIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: 'Indicators of the group against the configured thresholds, in the Rate enum’s order (监测指标)' })
  indicators(@Root() group: StatisticsGroup): Indicator[] {
    return assessIndicators(group.rates).map(({ threshold, ...rest }) => ({ ...rest, red: threshold.red, yellow: threshold.yellow, higherIsBetter: threshold.higherIsBetter, minSample: threshold.minSample }));
  }
}
