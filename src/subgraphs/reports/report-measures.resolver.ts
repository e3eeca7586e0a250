import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Measure } from '../../analytics/measures.js';
import type { RequestContext } from '../../graphql/context.js';
import { Report } from './report.entity.js';
import { ReportMeasure, ReportTimeliness } from './report-measures.types.js';

@Resolver(() => Report)
export class ReportMeasuresResolver {
  @FieldResolver(() => [ReportMeasure], { description: 'Comparable measures of the report, in the Measure enum’s order (可比指标)' })
  async measures(
    @Root() report: Report,
    @Arg('only', () => [Measure], { nullable: true, description: 'Only these measures (仅这些指标)' }) only: Measure[] | null,
    @Ctx() { loaders }: RequestContext,
  ): Promise<ReportMeasure[]> {
    const all = (await loaders.reportMeasures.load(report.id))?.measures ?? [];
    return only ? all.filter((m) => only.includes(m.measure)) : all;
  }

  @FieldResolver(() => ReportTimeliness, { description: 'Publication date against the statutory deadline (发布及时性)' })
  async timeliness(@Root() report: Report, @Ctx() { loaders }: RequestContext): Promise<ReportTimeliness | null> {
    const row = await loaders.reportMeasures.load(report.id);
    if (!row) return null;
    return { deadline: row.deadline, publishedAt: row.publishedAt, daysLate: row.daysLate, late: row.daysLate == null ? null : row.daysLate > 0 };
  }
}
