import type { EntityManager } from '@mikro-orm/core';
import { FigureChange } from '../subgraphs/reports/figure-change.entity.js';
import { ReportVersion, ReportVersionKind } from '../subgraphs/reports/report-version.entity.js';
import type { Report } from '../subgraphs/reports/report.entity.js';
import { figureKey, readFigures, type ReportFigure, writeFigures } from './report-figures.js';

/**
 * After a re-import has written the re-parsed figures over a report, puts its corrections back
 * and logs what the re-import changed, so no correction is dropped silently and every earlier
 * version can still be read back.
 *
 * A standing correction of a figure is kept while the source still gives the value it corrected
 * (the from-value of the figure's first standing correction). When the source now gives another
 * value, the publisher has changed it: the source's value stands and the correction is marked
 * superseded by the re-import's version. A re-import that changes figures or supersedes a
 * correction is a new version (REIMPORT); one that changes neither adds none.
 *
 * `before` holds the figures as they were before the re-import wrote over them (readFigures).
 */
export async function carryCorrectionsOver(em: EntityManager, report: Report, before: Map<string, ReportFigure>): Promise<void> {
  await em.flush();
  const after = await readFigures(em, report.id);
  // A report never corrected has no standing corrections to look for.
  const standing = report.version > 1
    ? await em.find(FigureChange, { version: { report: report.id, kind: ReportVersionKind.CORRECTION }, supersededInVersion: null }, { populate: ['version'] as never[], orderBy: [{ version: { version: 'asc' } }, { id: 'asc' }] })
    : [];
  const chains = new Map<string, FigureChange[]>();
  for (const change of standing) chains.set(figureKey(change), [...(chains.get(figureKey(change)) ?? []), change]);

  const reapplied: ReportFigure[] = [];
  const superseded: FigureChange[] = [];
  for (const [key, chain] of chains) {
    const reparsed = after.get(key);
    if (reparsed && reparsed.value === chain[0].fromValue && chain[chain.length - 1].toValue != null) {
      reparsed.value = chain[chain.length - 1].toValue;
      reapplied.push(reparsed);
    } else {
      superseded.push(...chain);
    }
  }
  await writeFigures(em, report.id, reapplied.map((f) => ({ ...f, value: f.value! })));

  // `after` now holds the final values, corrections put back: a kept correction is no change.
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key)?.value !== after.get(key)?.value);
  if (changed.length === 0 && superseded.length === 0) return;
  const version = em.create(ReportVersion, { report, version: report.version + 1, kind: ReportVersionKind.REIMPORT, sourceSha256: report.sourceSha256 });
  for (const key of changed) {
    const figure = (after.get(key) ?? before.get(key))!;
    em.create(FigureChange, {
      version,
      kind: figure.kind,
      code: figure.code,
      proseOrdinal: figure.proseOrdinal,
      label: figure.label,
      fromValue: before.get(key)?.value ?? null,
      toValue: after.get(key)?.value ?? null,
    });
  }
  for (const change of superseded) change.supersededInVersion = version.version;
  report.version = version.version;
  await em.flush();
}
