import { ApiKey } from '../auth/api-key.entity.js';
import { ChannelAccount } from '../subgraphs/directory/channel-account.entity.js';
import { Department } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';
import { PilotArea } from '../subgraphs/pilots/pilot-area.entity.js';
import { PilotPhase } from '../subgraphs/pilots/pilot-phase.entity.js';
import { PilotProgram } from '../subgraphs/pilots/pilot-program.entity.js';
import { PilotSite } from '../subgraphs/pilots/pilot-site.entity.js';
import { ProgressUpdate } from '../subgraphs/pilots/progress-update.entity.js';
import { ChannelFigure } from '../subgraphs/reports/channel-figure.entity.js';
import { DisclosureChannel } from '../subgraphs/reports/disclosure-channel.entity.js';
import { Finding } from '../subgraphs/reports/finding.entity.js';
import { FindingReview } from '../subgraphs/reports/finding-review.entity.js';
import { DocumentCitation } from '../subgraphs/reports/document-citation.entity.js';
import { Document } from '../subgraphs/reports/document.entity.js';
import { KeyDomainFigure } from '../subgraphs/reports/key-domain-figure.entity.js';
import { KeyDomain } from '../subgraphs/reports/key-domain.entity.js';
import { ProseFigure } from '../subgraphs/reports/prose-figure.entity.js';
import { FigureChange } from '../subgraphs/reports/figure-change.entity.js';
import { ReportVersion } from '../subgraphs/reports/report-version.entity.js';
import { ReportSection } from '../subgraphs/reports/report-section.entity.js';
import { StatisticsCell } from '../subgraphs/reports/statistics-cell.entity.js';
import { WorkPoint } from '../subgraphs/reports/work-point.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { CalendarDay } from '../subgraphs/requests/calendar-day.entity.js';
import { CaseEvent } from '../subgraphs/requests/case-event.entity.js';
import { Appeal } from '../subgraphs/requests/appeal.entity.js';
import { RequestCase } from '../subgraphs/requests/request-case.entity.js';

// Listed, not discovered: folder discovery breaks under vitest and in the built output alike.
export const ENTITIES = [
  Region,
  Government,
  Department,
  ChannelAccount,
  Report,
  ReportSection,
  DisclosureChannel,
  ChannelFigure,
  WorkPoint,
  KeyDomain,
  KeyDomainFigure,
  Document,
  DocumentCitation,
  StatisticsCell,
  ProseFigure,
  Finding,
  FindingReview,
  ReportVersion,
  FigureChange,
  RequestCase,
  CalendarDay,
  CaseEvent,
  Appeal,
  PilotProgram,
  PilotPhase,
  PilotSite,
  PilotArea,
  ProgressUpdate,
  ApiKey,
];
