import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, type ChildList, childListLoader } from '../../db/batch-loaders.js';
import { Government } from './government.entity.js';

export const GOVERNMENTS_OF_REGION: ChildList<Government> = { entity: Government, parent: 'region', orderBy: { name: 'asc' } };

export const governmentLoaders = (em: EntityManager) => ({
  governmentById: byIdLoader(em, Government),
  governmentsByRegion: childListLoader(em, GOVERNMENTS_OF_REGION),
});
