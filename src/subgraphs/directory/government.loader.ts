import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { Government } from './government.entity.js';

export const governmentLoaders = (em: EntityManager) => ({
  governmentById: byIdLoader(em, Government),
  governmentsByRegion: childrenLoader(em, Government, 'region', { name: 'asc' }),
});
