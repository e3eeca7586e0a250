import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../db/batch-loaders.js';
import { Finding } from './finding.entity.js';

export const findingLoaders = (em: EntityManager) => ({
  findingsByReport: childrenLoader(em, Finding, 'report', { ordinal: 'asc' }),
});
