import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loadReportMeasures, type ReportMeasures } from '../../analytics/report-measures.js';
import { loaderOptions } from '../../db/loader-mode.js';

export const reportMeasuresLoaders = (em: EntityManager) => ({
  /** Comparable measures and timeliness of reports, one SELECT per batch. */
  reportMeasures: new DataLoader<number, ReportMeasures | null>(async (ids) => {
    const byId = await loadReportMeasures(em, ids);
    return ids.map((id) => byId.get(id) ?? null);
  }, loaderOptions()),
});
