import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, type ChildList, childListLoader } from '../../db/batch-loaders.js';
import { Region } from './region.entity.js';

export const REGIONS_UNDER_REGION: ChildList<Region> = { entity: Region, parent: 'parent', orderBy: { code: 'asc' } };

export const regionLoaders = (em: EntityManager) => ({
  regionById: byIdLoader(em, Region),
  regionsByParent: childListLoader(em, REGIONS_UNDER_REGION),
});
