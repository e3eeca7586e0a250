import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import { Region } from '../directory/region.entity.js';
import { byIdLoader, childListLoader, childrenLoader } from '../../db/batch-loaders.js';
import { PilotArea } from './pilot-area.entity.js';
import { PilotPhase } from './pilot-phase.entity.js';
import { PilotProgram } from './pilot-program.entity.js';
import { PilotSite } from './pilot-site.entity.js';
import { AREAS_OF_SITE, PHASES_OF_PROGRAMME, SITES_OF_PROGRAMME, UPDATES_OF_AREA } from './pilot-lists.js';
import { pilotStandingLoaders } from './pilot-standing.loader.js';
import { ProgressUpdate } from './progress-update.entity.js';
import { recordBatch } from '../../observability/loader-batches.js';

export const pilotLoaders = (em: EntityManager) => ({
  programmeById: byIdLoader(em, PilotProgram),
  phasesByProgramme: childListLoader(em, PHASES_OF_PROGRAMME),
  sitesByProgramme: childListLoader(em, SITES_OF_PROGRAMME),
  sitesByGovernment: childrenLoader(em, PilotSite, 'government', { designatedOn: 'asc' }),
  areasBySite: childListLoader(em, AREAS_OF_SITE),
  areasByLeadDepartment: childrenLoader(em, PilotArea, 'leadDepartment', { id: 'asc' }),
  siteById: byIdLoader(em, PilotSite),
  areaById: byIdLoader(em, PilotArea),
  phaseById: byIdLoader(em, PilotPhase),
  updatesByArea: childListLoader(em, UPDATES_OF_AREA),
  updateById: byIdLoader(em, ProgressUpdate),
  /** Region ids by GB/T 2260 code, for arguments that name a region; null for an unknown code. */
  regionIdByCode: new DataLoader<string, number | null>(async (codes) => {
    recordBatch(codes.length);
    const regions = await em.find(Region, { code: { $in: [...codes] } }, { fields: ['id', 'code'] });
    return codes.map((code) => regions.find((r) => r.code === code)?.id ?? null);
  }, loaderOptions()),
  ...pilotStandingLoaders(em),
});
