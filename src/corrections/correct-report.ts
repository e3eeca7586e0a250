import { type EntityManager, LockMode } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { isCountCell, isCountProse } from '../findings/counts.js';
import { recomputeFindings } from '../findings/recompute-findings.js';
import { FigureChange, FigureKind } from '../subgraphs/reports/figure-change.entity.js';
import { ReportVersion, ReportVersionKind } from '../subgraphs/reports/report-version.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { figureKey, readFigures, type ReportFigure, writeFigures } from './report-figures.js';

/** One figure to correct: a table cell by code or a prose figure by ordinal, and its right value. */
export interface FigureCorrection {
  cellCode?: string | null;
  proseOrdinal?: number | null;
  value: number;
}

export interface CorrectionRequest {
  reportId: number;
  reason: string;
  figures: FigureCorrection[];
  /** Prefix of the key making the correction. */
  author: string;
}

const badInput = (message: string, argumentName: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName, ...extensions } });

/** The checks that need no database: a reason, at least one figure, each addressed once and exactly one way. */
function validateCorrectionShape(reason: string, figures: FigureCorrection[]): void {
  if (reason.trim() === '') throw badInput('A correction needs a reason saying where the right value comes from.', 'reason');
  if (figures.length === 0) throw badInput('A correction needs at least one figure: give cellCode or proseOrdinal, and the value.', 'figures');
  const seen = new Set<string>();
  figures.forEach((f, index) => {
    const hasCell = f.cellCode != null;
    const hasProse = f.proseOrdinal != null;
    if (hasCell === hasProse) throw badInput(`Figure ${index + 1} must name either cellCode (a table cell) or proseOrdinal (a prose figure), not ${hasCell ? 'both' : 'neither'}.`, 'figures', { index });
    const key = hasCell ? `cell:${f.cellCode}` : `prose:${f.proseOrdinal}`;
    if (seen.has(key)) throw badInput(`Figure ${index + 1} corrects ${hasCell ? `cell ${f.cellCode}` : `prose figure ${f.proseOrdinal}`} a second time; give each figure once.`, 'figures', { index });
    seen.add(key);
  });
}

/**
 * Corrects figures of a report in one transaction: checks every figure, writes the new values,
 * appends a version with each change's from and to, and recomputes the findings of the report
 * and of the reports whose checks read it. Concurrent corrections of one report queue on a row
 * lock, so version numbers never collide.
 */
export async function correctReport(em: EntityManager, request: CorrectionRequest): Promise<Report> {
  validateCorrectionShape(request.reason, request.figures);
  return em.transactional(async (tx) => {
    const report = await tx.findOneOrFail(Report, { id: request.reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    const current = await readFigures(tx, report.id);
    const changes = request.figures.map((correction, index) => checkedChange(current, correction, index));

    const version = tx.create(ReportVersion, {
      report,
      version: report.version + 1,
      kind: ReportVersionKind.CORRECTION,
      reason: request.reason.trim(),
      author: request.author,
    });
    for (const { figure, value } of changes) {
      tx.create(FigureChange, { version, kind: figure.kind, code: figure.code, proseOrdinal: figure.proseOrdinal, label: figure.label, fromValue: figure.value, toValue: value });
    }
    report.version = version.version;
    await writeFigures(tx, report.id, changes.map(({ figure, value }) => ({ ...figure, value })));
    await recomputeFindings(tx, [report.id]);
    return report;
  });
}

function checkedChange(current: Map<string, ReportFigure>, correction: FigureCorrection, index: number): { figure: ReportFigure; value: number } {
  const isCell = correction.cellCode != null;
  const key = isCell ? figureKey({ kind: FigureKind.TABLE_CELL, code: correction.cellCode!, proseOrdinal: null }) : figureKey({ kind: FigureKind.PROSE_FIGURE, code: '', proseOrdinal: correction.proseOrdinal! });
  const figure = current.get(key);
  if (!figure) {
    const what = isCell ? `no table cell with code "${correction.cellCode}"` : `no prose figure with ordinal ${correction.proseOrdinal}`;
    throw new GraphQLError(`The report has ${what}. List them with Report.tableCells or Report.proseFigures.`, {
      extensions: { code: 'NOT_FOUND', typeName: isCell ? 'StatisticsCell' : 'ProseFigure', argumentName: isCell ? 'cellCode' : 'proseOrdinal', index },
    });
  }
  const name = isCell ? `Cell ${figure.code} (${figure.label})` : `Prose figure ${figure.proseOrdinal} (${figure.code})`;
  const isCount = isCell ? isCountCell({ code: figure.code, unit: figure.unit, raw: figure.raw ?? '' }) : isCountProse({ measure: figure.code, unit: figure.unit ?? '' });
  if (isCount && (!Number.isInteger(correction.value) || correction.value < 0)) {
    throw badInput(`${name} is a count: the value must be a whole number, 0 or more, not ${correction.value}.`, 'value', { index });
  }
  if (figure.value === correction.value) {
    throw badInput(`${name} already holds ${correction.value}: a correction must change the figure.`, 'value', { index });
  }
  return { figure, value: correction.value };
}
