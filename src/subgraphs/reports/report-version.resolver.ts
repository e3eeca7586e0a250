import { GraphQLError } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { figuresAsOf } from '../../corrections/figures-as-of.js';
import type { RequestContext } from '../../graphql/context.js';
import { FigureChange, FigureKind } from './figure-change.entity.js';
import type { ProseFigure } from './prose-figure.entity.js';
import { Report } from './report.entity.js';
import { ReportVersion } from './report-version.entity.js';
import type { StatisticsCell } from './statistics-cell.entity.js';

/** The revision log of a report: its versions and what each changed. */
@Resolver(() => Report)
export class ReportVersionsResolver {
  @FieldResolver(() => [ReportVersion], { description: 'Every version of the report’s figures, oldest first; the last is current (报告版本)' })
  versions(@Root() report: Report, @Ctx() { loaders }: RequestContext) {
    return loaders.versionsByReport.load(report.id);
  }
}

@Resolver(() => ReportVersion)
export class ReportVersionChangesResolver {
  @FieldResolver(() => [FigureChange], { description: 'The figures this version changed, with their values before and after (数据变更)' })
  changes(@Root() version: ReportVersion, @Ctx() { loaders }: RequestContext) {
    return loaders.changesByVersion.load(version.id);
  }
}

/** A version the report has, or a clear error; null means the current figures. */
function checkedVersion(report: Report, asOfVersion: number | null): number | null {
  if (asOfVersion == null || asOfVersion === report.version) return null;
  if (!Number.isInteger(asOfVersion) || asOfVersion < 1 || asOfVersion > report.version) {
    throw new GraphQLError(`Report ${report.id} has versions 1 to ${report.version}; asOfVersion ${asOfVersion} is not one of them.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'asOfVersion' },
    });
  }
  return asOfVersion;
}

/** The report's cells with the values of `asOfVersion`, or the current ones. */
export async function cellsAsOf(report: Report, asOfVersion: number | null, { loaders }: RequestContext): Promise<StatisticsCell[]> {
  const version = checkedVersion(report, asOfVersion);
  const cells = await loaders.cellsByReport.load(report.id);
  if (version == null) return cells;
  const changes = await loaders.figureChangesByReport.load(report.id);
  return figuresAsOf(cells, (c) => ({ kind: FigureKind.TABLE_CELL, code: c.code, proseOrdinal: null }), changes, version);
}

/** The report's prose figures with the values of `asOfVersion`, or the current ones. */
export async function proseAsOf(report: Report, asOfVersion: number | null, { loaders }: RequestContext): Promise<ProseFigure[]> {
  const version = checkedVersion(report, asOfVersion);
  const prose = await loaders.proseFiguresByReport.load(report.id);
  if (version == null) return prose;
  const changes = await loaders.figureChangesByReport.load(report.id);
  return figuresAsOf(prose, (p) => ({ kind: FigureKind.PROSE_FIGURE, code: p.measure, proseOrdinal: p.ordinal }), changes, version) as ProseFigure[];
}
