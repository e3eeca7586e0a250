import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { Department } from './department.entity.js';

export const departmentLoaders = (em: EntityManager) => ({
  departmentById: byIdLoader(em, Department),
  departmentsByGovernment: childrenLoader(em, Department, 'government', { name: 'asc' }),
});
