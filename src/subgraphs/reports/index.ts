import type { SubgraphDefinition } from '../subgraph.js';
import { ChannelFigureResolver } from './channel-figure.resolver.js';
import { GovernmentReportsResolver } from './government-reports.resolver.js';
import { reportsReferences } from './references.js';
import { ReportResolver } from './report.resolver.js';

/** What the annual reports say (年度报告): reports, their sections and channel figures. */
export const reportsSubgraph: SubgraphDefinition = {
  name: 'reports',
  resolvers: [ReportResolver, ChannelFigureResolver, GovernmentReportsResolver],
  references: reportsReferences,
};
