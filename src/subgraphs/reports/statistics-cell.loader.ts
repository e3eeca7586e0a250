import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../db/batch-loaders.js';
import { ProseFigure } from './prose-figure.entity.js';
import { StatisticsCell } from './statistics-cell.entity.js';

export const statisticsLoaders = (em: EntityManager) => ({
  cellsByReport: childrenLoader(em, StatisticsCell, 'report', { ordinal: 'asc' }),
  proseFiguresByReport: childrenLoader(em, ProseFigure, 'report', { ordinal: 'asc' }),
});
