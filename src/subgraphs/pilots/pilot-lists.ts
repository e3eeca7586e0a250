import type { QueryOrderMap } from '@mikro-orm/core';
import type { ChildList } from '../../db/batch-loaders.js';
import { PilotArea } from './pilot-area.entity.js';
import { PilotPhase } from './pilot-phase.entity.js';
import { PilotProgram } from './pilot-program.entity.js';
import { PilotSite } from './pilot-site.entity.js';
import { ProgressUpdate } from './progress-update.entity.js';

// The lists of the pilot graph, each declared once: the loaders read them, and the SQL-JSON
// compiler (src/sql-json/resolved-as-sql.ts) writes the same order into its statements.

/** Pilot programmes, national first. */
export const PILOT_PROGRAMME_ORDER: QueryOrderMap<PilotProgram> = { level: 'asc' };

/** The phases every area goes through, in order. */
export const PHASES_OF_PROGRAMME: ChildList<PilotPhase> = { entity: PilotPhase, parent: 'programme', orderBy: { ordinal: 'asc' } };

/** Designated sites, earliest first. */
export const SITES_OF_PROGRAMME: ChildList<PilotSite> = { entity: PilotSite, parent: 'programme', orderBy: { designatedOn: 'asc' } };

/** A site's areas, as listed. */
export const AREAS_OF_SITE: ChildList<PilotArea> = { entity: PilotArea, parent: 'site', orderBy: {} };

/** Progress statements on an area, oldest first: the last is where the area stands. */
export const UPDATES_OF_AREA: ChildList<ProgressUpdate> = { entity: ProgressUpdate, parent: 'area', orderBy: { sequence: 'asc' } };
