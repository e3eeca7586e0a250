import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../db/batch-loaders.js';
import { ChannelAccount } from './channel-account.entity.js';

export const channelAccountLoaders = (em: EntityManager) => ({
  channelAccountsByGovernment: childrenLoader(em, ChannelAccount, 'government', { line: 'asc' }),
});
