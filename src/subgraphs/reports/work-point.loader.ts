import type { EntityManager } from '@mikro-orm/core';
import { type ChildList, childListLoader } from '../../db/batch-loaders.js';
import { WorkPoint } from './work-point.entity.js';

export const WORK_POINTS_OF_REPORT: ChildList<WorkPoint> = { entity: WorkPoint, parent: 'report', orderBy: { ordinal: 'asc' } };

export const workPointLoaders = (em: EntityManager) => ({
  workPointsByReport: childListLoader(em, WORK_POINTS_OF_REPORT),
});
