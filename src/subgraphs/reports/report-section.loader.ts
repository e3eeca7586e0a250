import type { EntityManager } from '@mikro-orm/core';
import { type ChildList, childListLoader } from '../../db/batch-loaders.js';
import { ReportSection } from './report-section.entity.js';

export const SECTIONS_OF_REPORT: ChildList<ReportSection> = { entity: ReportSection, parent: 'report', orderBy: { ordinal: 'asc' } };

export const reportSectionLoaders = (em: EntityManager) => ({
  sectionsByReport: childListLoader(em, SECTIONS_OF_REPORT),
});
