import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MIN_COMPARED_CHARACTERS, REUSE_THRESHOLD_PERCENT } from '../../findings/text-reuse/compare-sections.js';
import type { RequestContext } from '../../graphql/context.js';
import { Report } from './report.entity.js';
import { TextReuse } from './text-reuse.types.js';

@Resolver(() => Report)
export class ReportTextReuseResolver {
  @FieldResolver(() => TextReuse, {
    nullable: true,
    description: 'Each section’s similarity to the same body’s report of the year before, boilerplate removed; null when there is no such report (文本重复率)',
  })
  async textReuse(@Root() report: Report, @Ctx() { loaders }: RequestContext): Promise<TextReuse | null> {
    const reuse = await loaders.textReuse.load(report.id);
    if (!reuse) return null;
    return {
      previousReportId: reuse.previousReportId,
      thresholdPercent: REUSE_THRESHOLD_PERCENT,
      minimumCharacters: MIN_COMPARED_CHARACTERS,
      sections: reuse.sections.map(({ section, previous, similarity, reused, notCompared }) => ({
        ordinal: section.ordinal,
        heading: section.heading,
        previousOrdinal: previous?.ordinal ?? null,
        previousHeading: previous?.heading ?? null,
        similarity,
        reused,
        notCompared,
      })),
    };
  }
}

@Resolver(() => TextReuse)
export class TextReusePreviousReportResolver {
  @FieldResolver(() => Report, { description: 'The same body’s report of the year before (上年度报告)' })
  async previousReport(@Root() reuse: TextReuse, @Ctx() { loaders }: RequestContext): Promise<Report> {
    return (await loaders.reportById.load(reuse.previousReportId))!;
  }
}
