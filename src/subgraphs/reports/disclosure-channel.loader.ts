import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader } from '../../db/batch-loaders.js';
import { DisclosureChannel } from './disclosure-channel.entity.js';

export const disclosureChannelLoaders = (em: EntityManager) => ({
  channelById: byIdLoader(em, DisclosureChannel),
});
