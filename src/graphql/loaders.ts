import type { EntityManager } from '@mikro-orm/core';
import { regionPathLoaders } from '../auth/region-path.loader.js';
import { channelAccountLoaders } from '../subgraphs/directory/channel-account.loader.js';
import { departmentLoaders } from '../subgraphs/directory/department.loader.js';
import { governmentLoaders } from '../subgraphs/directory/government.loader.js';
import { regionLoaders } from '../subgraphs/directory/region.loader.js';
import { pilotLoaders } from '../subgraphs/pilots/pilot.loaders.js';
import { channelFigureLoaders } from '../subgraphs/reports/channel-figure.loader.js';
import { disclosureChannelLoaders } from '../subgraphs/reports/disclosure-channel.loader.js';
import { findingLoaders } from '../subgraphs/reports/finding.loader.js';
import { findingRefLoaders } from '../subgraphs/reports/finding-ref.loader.js';
import { findingReviewLoaders } from '../subgraphs/reports/finding-review.loader.js';
import { documentLoaders } from '../subgraphs/reports/document.loader.js';
import { keyDomainLoaders } from '../subgraphs/reports/key-domain.loader.js';
import { reportSectionLoaders } from '../subgraphs/reports/report-section.loader.js';
import { statisticsLoaders } from '../subgraphs/reports/statistics-cell.loader.js';
import { workPointLoaders } from '../subgraphs/reports/work-point.loader.js';
import { reportLoaders } from '../subgraphs/reports/report.loader.js';
import { reportVersionLoaders } from '../subgraphs/reports/report-version.loader.js';
import { requestCaseLoaders } from '../subgraphs/requests/request-case.loader.js';
import { reportMeasuresLoaders } from '../subgraphs/reports/report-measures.loader.js';
import { textReuseLoaders } from '../subgraphs/reports/text-reuse.loader.js';

/** Fresh loaders for one request: their caches must never outlive it. */
export function createLoaders(em: EntityManager) {
  return {
    ...regionLoaders(em),
    ...governmentLoaders(em),
    ...departmentLoaders(em),
    ...channelAccountLoaders(em),
    ...reportLoaders(em),
    ...reportSectionLoaders(em),
    ...disclosureChannelLoaders(em),
    ...channelFigureLoaders(em),
    ...workPointLoaders(em),
    ...keyDomainLoaders(em),
    ...documentLoaders(em),
    ...statisticsLoaders(em),
    ...findingLoaders(em),
    ...findingRefLoaders(em),
    ...findingReviewLoaders(em),
    ...reportVersionLoaders(em),
    ...requestCaseLoaders(em),
    ...pilotLoaders(em),
    ...regionPathLoaders(em),
    ...reportMeasuresLoaders(em),
    ...textReuseLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
