import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loadTextReuse, type ReportTextReuse } from '../../analytics/text-reuse.js';
import { loaderOptions } from '../../db/loader-mode.js';
import { recordBatch } from '../../observability/loader-batches.js';

export const textReuseLoaders = (em: EntityManager) => ({
  /** Each report's sections against last year's report of its issuer, one SELECT per batch. */
  textReuse: new DataLoader<number, ReportTextReuse | null>(async (ids) => {
    recordBatch(ids.length);
    const byId = await loadTextReuse(em, ids);
    return ids.map((id) => byId.get(id) ?? null);
  }, loaderOptions()),
});
