import type { RequestContext } from '../../graphql/context.js';
import { toRowId } from '../../graphql/ids.js';
import type { SubgraphDefinition } from '../subgraph.js';
import { PilotProgramResolver } from './pilot-program.resolver.js';
import { PilotProgramSummaryResolver, PilotProgressSummaryResolver, PilotSiteLatestResolver } from './pilot-summary.resolver.js';
import { SchedulePhaseResolver } from './schedule-phase.resolver.js';
import { ProgressFeedResolver } from './progress-feed.resolver.js';
import { ReportProgressResolver } from './report-progress.resolver.js';
import { DepartmentPilotsResolver, GovernmentPilotsResolver, PilotAreaResolver, PilotSiteResolver, ProgressUpdateResolver } from './pilot-site.resolver.js';

type Representation = { id: string };

/** The grassroots disclosure standardisation pilot (基层政务公开标准化规范化试点): programmes, sites, areas, phases. */
export const pilotsSubgraph: SubgraphDefinition = {
  name: 'pilots',
  resolvers: [PilotProgramResolver, PilotSiteResolver, PilotAreaResolver, ProgressUpdateResolver, GovernmentPilotsResolver, DepartmentPilotsResolver, ProgressFeedResolver, ReportProgressResolver,
    PilotProgramSummaryResolver, PilotProgressSummaryResolver, PilotSiteLatestResolver, SchedulePhaseResolver],
  references: {
    PilotProgram: (ref: Representation, { loaders }: RequestContext) => loaders.programmeById.load(toRowId(ref.id, 'PilotProgram')),
    PilotSite: (ref: Representation, { loaders }: RequestContext) => loaders.siteById.load(toRowId(ref.id, 'PilotSite')),
    PilotArea: (ref: Representation, { loaders }: RequestContext) => loaders.areaById.load(toRowId(ref.id, 'PilotArea')),
    Government: (ref: Representation) => ({ id: toRowId(ref.id, 'Government') }),
    Department: (ref: Representation) => ({ id: toRowId(ref.id, 'Department') }),
    Region: (ref: Representation) => ({ id: toRowId(ref.id, 'Region') }),
  },
};
