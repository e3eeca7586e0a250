import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import type { VersionedChange } from '../../corrections/figures-as-of.js';
import { childrenLoader } from '../../db/batch-loaders.js';
import { loaderOptions } from '../../db/loader-mode.js';
import { FigureChange, type FigureKind } from './figure-change.entity.js';
import { ReportVersion } from './report-version.entity.js';
import { recordBatch } from '../../observability/loader-batches.js';

export const reportVersionLoaders = (em: EntityManager) => ({
  versionsByReport: childrenLoader(em, ReportVersion, 'report', { version: 'asc' }),
  changesByVersion: childrenLoader(em, FigureChange, 'version', { id: 'asc' }),
  /** Every logged change of each report, with its version: what reading figures as of a version undoes. One SELECT for many reports. */
  figureChangesByReport: new DataLoader<number, VersionedChange[]>(async (reportIds) => {
    recordBatch(reportIds.length);
    const rows: { report_id: number; version: number; kind: FigureKind; code: string; prose_ordinal: number | null; from_value: number | null }[] = await em.getConnection().execute(
      `select v.report_id, v.version, c.kind, c.code, c.prose_ordinal, c.from_value
         from figure_change c join report_version v on v.id = c.version_id
        where v.report_id in (${reportIds.map(() => '?').join(', ')})`,
      [...reportIds],
    );
    const groups = new Map<number, VersionedChange[]>(reportIds.map((id) => [id, []]));
    for (const r of rows) {
      groups.get(Number(r.report_id))?.push({
        version: Number(r.version),
        kind: r.kind,
        code: r.code,
        proseOrdinal: r.prose_ordinal == null ? null : Number(r.prose_ordinal),
        fromValue: r.from_value == null ? null : Number(r.from_value),
      });
    }
    return reportIds.map((id) => groups.get(id)!);
  }, loaderOptions()),
});
