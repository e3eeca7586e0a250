import type { SubgraphDefinition } from '../subgraph.js';
import { ChannelFigureResolver } from './channel-figure.resolver.js';
import { DepartmentDocumentsResolver, DocumentResolver } from './document.resolver.js';
import { KeyDomainFigureResolver, KeyDomainResolver } from './key-domain.resolver.js';
import { ReportStatisticsResolver } from './report-statistics.resolver.js';
import { FindingConnectionResolver, FindingResolver, ReportFindingsResolver } from './finding.resolver.js';
import { FindingReviewResolver } from './finding-review.resolver.js';
import { GovernmentReportsResolver } from './government-reports.resolver.js';
import { reportsReferences } from './references.js';
import { ReportResolver } from './report.resolver.js';
import { ReportMeasuresResolver } from './report-measures.resolver.js';
import { ReportCoverageResolver } from './coverage.resolver.js';
import { ReportStatisticsAggregateResolver, StatisticsGroupIndicatorsResolver } from './report-statistics-aggregate.resolver.js';
import { ReportCorrectionResolver } from './report-correction.resolver.js';
import { ReportVersionChangesResolver, ReportVersionsResolver } from './report-version.resolver.js';
import { ReportTextReuseResolver, TextReusePreviousReportResolver } from './text-reuse.resolver.js';

/** What the annual reports say (年度报告): reports and every part of them, and the documents they cite. */
export const reportsSubgraph: SubgraphDefinition = {
  name: 'reports',
  resolvers: [
    ReportResolver,
    ReportStatisticsResolver,
    ChannelFigureResolver,
    KeyDomainFigureResolver,
    KeyDomainResolver,
    DocumentResolver,
    GovernmentReportsResolver,
    DepartmentDocumentsResolver,
    ReportFindingsResolver,
    FindingResolver,
    FindingConnectionResolver,
    FindingReviewResolver,
    ReportVersionsResolver,
    ReportVersionChangesResolver,
    ReportCorrectionResolver,
    ReportMeasuresResolver,
    ReportTextReuseResolver,
    TextReusePreviousReportResolver,
    ReportStatisticsAggregateResolver,
    StatisticsGroupIndicatorsResolver,
    ReportCoverageResolver,
  ],
  references: reportsReferences,
};
