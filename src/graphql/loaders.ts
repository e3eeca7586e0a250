import type { EntityManager } from '@mikro-orm/core';
import { departmentLoaders } from '../subgraphs/directory/department.loader.js';
import { governmentLoaders } from '../subgraphs/directory/government.loader.js';
import { regionLoaders } from '../subgraphs/directory/region.loader.js';
import { pilotLoaders } from '../subgraphs/pilots/pilot.loaders.js';
import { channelFigureLoaders } from '../subgraphs/reports/channel-figure.loader.js';
import { disclosureChannelLoaders } from '../subgraphs/reports/disclosure-channel.loader.js';
import { reportSectionLoaders } from '../subgraphs/reports/report-section.loader.js';
import { reportLoaders } from '../subgraphs/reports/report.loader.js';
import { requestCaseLoaders } from '../subgraphs/requests/request-case.loader.js';

/** Fresh loaders for one request: their caches must never outlive it. */
export function createLoaders(em: EntityManager) {
  return {
    ...regionLoaders(em),
    ...governmentLoaders(em),
    ...departmentLoaders(em),
    ...reportLoaders(em),
    ...reportSectionLoaders(em),
    ...disclosureChannelLoaders(em),
    ...channelFigureLoaders(em),
    ...requestCaseLoaders(em),
    ...pilotLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
