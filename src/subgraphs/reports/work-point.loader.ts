import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../db/batch-loaders.js';
import { WorkPoint } from './work-point.entity.js';

export const workPointLoaders = (em: EntityManager) => ({
  workPointsByReport: childrenLoader(em, WorkPoint, 'report', { ordinal: 'asc' }),
});
