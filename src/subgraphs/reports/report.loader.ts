import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { Report } from './report.entity.js';

export const reportLoaders = (em: EntityManager) => ({
  reportById: byIdLoader(em, Report),
  reportsByGovernment: childrenLoader(em, Report, 'government', { year: 'desc' }),
});
