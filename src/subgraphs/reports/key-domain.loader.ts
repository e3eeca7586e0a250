import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, type ChildList, childListLoader, childrenLoader } from '../../db/batch-loaders.js';
import { KeyDomainFigure } from './key-domain-figure.entity.js';
import { KeyDomain } from './key-domain.entity.js';

export const KEY_DOMAIN_FIGURES_OF_REPORT: ChildList<KeyDomainFigure> = { entity: KeyDomainFigure, parent: 'report', orderBy: { ordinal: 'asc' } };

export const keyDomainLoaders = (em: EntityManager) => ({
  keyDomainById: byIdLoader(em, KeyDomain),
  keyDomainFiguresByReport: childListLoader(em, KEY_DOMAIN_FIGURES_OF_REPORT),
  keyDomainFiguresByDomain: childrenLoader(em, KeyDomainFigure, 'keyDomain', { report: { year: 'desc' } }),
});
