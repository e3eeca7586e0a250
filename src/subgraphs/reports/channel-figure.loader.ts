import type { EntityManager } from '@mikro-orm/core';
import { type ChildList, childListLoader } from '../../db/batch-loaders.js';
import { ChannelFigure } from './channel-figure.entity.js';

/** In the order the report states them. */
export const CHANNEL_FIGURES_OF_REPORT: ChildList<ChannelFigure> = { entity: ChannelFigure, parent: 'report', orderBy: { line: 'asc' } };

export const channelFigureLoaders = (em: EntityManager) => ({
  channelFiguresByReport: childListLoader(em, CHANNEL_FIGURES_OF_REPORT),
});
