import type { EntityManager } from '@mikro-orm/core';
import { childrenLoader } from '../../db/batch-loaders.js';
import { ReportSection } from './report-section.entity.js';

export const reportSectionLoaders = (em: EntityManager) => ({
  sectionsByReport: childrenLoader(em, ReportSection, 'report', { ordinal: 'asc' }),
});
