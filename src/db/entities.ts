import { Department } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';
import { PilotArea } from '../subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram } from '../subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../subgraphs/pilots/pilot-site.entity.js';
import { ChannelFigure } from '../subgraphs/reports/channel-figure.entity.js';
import { DisclosureChannel } from '../subgraphs/reports/disclosure-channel.entity.js';
import { ReportSection } from '../subgraphs/reports/report-section.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { RequestCase } from '../subgraphs/requests/request-case.entity.js';

// Listed, not discovered: folder discovery breaks under vitest and in the built output alike.
export const ENTITIES = [
  Region,
  Government,
  Department,
  Report,
  ReportSection,
  DisclosureChannel,
  ChannelFigure,
  RequestCase,
  PilotProgram,
  PilotPhase,
  PilotSite,
  PilotArea,
];
