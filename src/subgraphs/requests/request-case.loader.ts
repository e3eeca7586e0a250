import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { RequestCase } from './request-case.entity.js';

export const requestCaseLoaders = (em: EntityManager) => ({
  requestCaseById: byIdLoader(em, RequestCase),
  requestCasesByGovernment: childrenLoader(em, RequestCase, 'government', { receivedOn: 'desc' }),
});
