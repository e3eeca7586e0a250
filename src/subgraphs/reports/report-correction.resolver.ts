import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { requireWriteAccess } from '../../auth/guards.js';
import { correctReport } from '../../corrections/correct-report.js';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { toRowId } from '../../graphql/ids.js';
import { Report } from './report.entity.js';

@InputType({ description: 'One figure and its right value (更正数据); name the figure by cellCode or by proseOrdinal' })
export class FigureCorrectionInput {
  @Field(() => String, { nullable: true, description: 'Code of the table cell to correct (统计表指标代码), as listed by Report.tableCells, e.g. requests.replies.refused.other_statutory' })
  cellCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Ordinal of the prose figure to correct (正文数据序号), as listed by Report.proseFigures' })
  proseOrdinal?: number | null;

  @Field(() => Float, { description: 'The right value (更正后数值); a whole number, 0 or more, for a count' })
  value!: number;
}

@InputType({ description: 'A correction of parsed figures of one report, with the reason (报告数据更正)' })
export class CorrectReportInput {
  @Field(() => ID, { description: 'The report (年度报告标识)' })
  reportId!: string;

  @Field({ description: 'Why, e.g. where the right value is printed; required (更正理由)' })
  reason!: string;

  @Field(() => [FigureCorrectionInput], { description: 'The figures to correct, each once (更正数据)' })
  figures!: FigureCorrectionInput[];
}

@Resolver(() => Report)
export class ReportCorrectionResolver {
  /**
   * An editor of the report's government, or an admin, corrects parsed figures. The report keeps
   * its id; the correction is its next version, and the findings are recomputed with it.
   */
  @Mutation(() => Report, {
    description: 'Correct parsed figures of a report, with a reason: makes the next version of the report, keeps the earlier ones readable and rechecks its findings; needs an editor key of the report’s government or an admin key (更正报告数据)',
  })
  async correctReport(@Arg('input', () => CorrectReportInput, { description: 'The report, the reason and the figures (更正内容)' }) input: CorrectReportInput, @Ctx() { em, viewer }: RequestContext): Promise<Report> {
    const reportId = toRowId(input.reportId, 'Report');
    const report = await em.findOne(Report, { id: reportId });
    if (!report) throw notFound('Report', 'reportId', input.reportId);
    requireWriteAccess(viewer, report.government.id, 'Correcting a report');
    return correctReport(em, { reportId, reason: input.reason, figures: input.figures, author: viewer.keyPrefix });
  }
}
