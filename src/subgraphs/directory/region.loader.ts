import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { Region } from './region.entity.js';

export const regionLoaders = (em: EntityManager) => ({
  regionById: byIdLoader(em, Region),
  regionsByParent: childrenLoader(em, Region, 'parent', { code: 'asc' }),
});
