import { GraphQLError } from 'graphql';
import { figuresAsOf } from '../../corrections/figures-as-of.js';
import type { RequestContext } from '../../graphql/context.js';
import { FigureKind } from './figure-change.entity.js';
import type { ProseFigure } from './prose-figure.entity.js';
import type { Report } from './report.entity.js';
import type { StatisticsCell } from './statistics-cell.entity.js';

/**
 * A report's figures as of one of its versions, for the fields that take `asOfVersion`. The
 * current version costs nothing extra; an earlier one adds one batched read of the change log.
 */

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
