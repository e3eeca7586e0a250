import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';
import { KeyDomain } from './key-domain.entity.js';

export const keyDomainLoaders = (em: EntityManager) => ({
  keyDomainById: byIdLoader(em, KeyDomain),
  keyDomainFiguresByReport: childrenLoader(em, KeyDomainFigure, 'report', { ordinal: 'asc' }),
  keyDomainFiguresByDomain: childrenLoader(em, KeyDomainFigure, 'keyDomain', { report: { year: 'desc' } }),
});
