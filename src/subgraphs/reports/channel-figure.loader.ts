import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../db/batch-loaders.js';
import { ChannelFigure } from './channel-figure.entity.js';

export const channelFigureLoaders = (em: EntityManager) => ({
  // In the order the report states them.
  channelFiguresByReport: childrenLoader(em, ChannelFigure, 'report', { line: 'asc' }),
});
