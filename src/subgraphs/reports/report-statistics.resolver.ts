import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { ProseFigure } from './prose-figure.entity.js';
import { cellsAsOf, proseAsOf } from './figures-as-of-version.js';
import { Report, ReportFormat } from './report.entity.js';
import { FigureSource, Statistics2008, statistics2008 } from './statistics-2008.view.js';
import { StatisticsCell } from './statistics-cell.entity.js';

const underPrefix = (code: string, prefix: string | null) => prefix == null || code === prefix || code.startsWith(`${prefix}.`);

/** The statistics table cell by cell, the prose figures, and the typed views over both. */
@Resolver(() => Report)
export class ReportStatisticsResolver {
  @FieldResolver(() => [StatisticsCell], { description: 'Every row of the statistics table in printed order, optionally one branch of it (统计表)' })
  async tableCells(
    @Root() report: Report,
    @Arg('codePrefix', () => String, { nullable: true, description: 'Only this code and the rows under it (指标代码前缀), e.g. requests.replies' }) codePrefix: string | null,
    @Arg('asOfVersion', () => Int, { nullable: true, description: 'Read the figures as they were in this version of the report (as of 版本号); the current ones when omitted' }) asOfVersion: number | null,
    @Ctx() context: RequestContext,
  ) {
    return (await cellsAsOf(report, asOfVersion, context)).filter((cell) => underPrefix(cell.code, codePrefix));
  }

  @FieldResolver(() => [ProseFigure], { description: 'Every figure the prose states, in reading order, optionally one measure and those under it (正文数据)' })
  async proseFigures(
    @Root() report: Report,
    @Arg('measurePrefix', () => String, { nullable: true, description: 'Only this measure and those under it (指标代码前缀), e.g. requests' }) measurePrefix: string | null,
    @Arg('asOfVersion', () => Int, { nullable: true, description: 'Read the figures as they were in this version of the report (as of 版本号); the current ones when omitted' }) asOfVersion: number | null,
    @Ctx() context: RequestContext,
  ) {
    return (await proseAsOf(report, asOfVersion, context)).filter((figure) => underPrefix(figure.measure, measurePrefix));
  }

  @FieldResolver(() => Statistics2008, {
    nullable: true,
    description: 'The 2008-regulation national table as typed fields, from the table or from the prose; null for other formats (统计表)',
  })
  async statistics2008(
    @Root() report: Report,
    @Arg('source', () => FigureSource, { defaultValue: FigureSource.TABLE, description: 'Table or prose (数据来源)' }) source: FigureSource,
    @Arg('asOfVersion', () => Int, { nullable: true, description: 'Read the figures as they were in this version of the report (as of 版本号); the current ones when omitted' }) asOfVersion: number | null,
    @Ctx() context: RequestContext,
  ): Promise<Statistics2008 | null> {
    if (report.format !== ReportFormat.REGULATION_2008 || report.tableVariant !== 'NATIONAL_2014') return null;
    const values = new Map<string, number | null>();
    if (source === FigureSource.TABLE) {
      for (const cell of await cellsAsOf(report, asOfVersion, context)) values.set(cell.code, cell.value);
    } else {
      // The first statement of a measure wins: later ones repeat it (7487 is stated twice).
      for (const figure of await proseAsOf(report, asOfVersion, context)) if (!values.has(figure.measure)) values.set(figure.measure, figure.value);
    }
    return statistics2008(source, (code) => values.get(code) ?? null);
  }
}
