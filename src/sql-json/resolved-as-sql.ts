import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { ChildList } from '../db/batch-loaders.js';
import { GOVERNMENTS_OF_REGION } from '../subgraphs/directory/government.loader.js';
import { REGIONS_UNDER_REGION } from '../subgraphs/directory/region.loader.js';
import { CHANNEL_FIGURES_OF_REPORT } from '../subgraphs/reports/channel-figure.loader.js';
import { KEY_DOMAIN_FIGURES_OF_REPORT } from '../subgraphs/reports/key-domain.loader.js';
import { SECTIONS_OF_REPORT } from '../subgraphs/reports/report-section.loader.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { reportListQuery } from '../subgraphs/reports/report-list-query.js';
import type { ReportFilter, ReportOrder } from '../subgraphs/reports/report.resolver.js';
import { WORK_POINTS_OF_REPORT } from '../subgraphs/reports/work-point.loader.js';
import { AREAS_OF_SITE, PHASES_OF_PROGRAMME, PILOT_PROGRAMME_ORDER, SITES_OF_PROGRAMME, UPDATES_OF_AREA } from '../subgraphs/pilots/pilot-lists.js';
import { PilotProgram } from '../subgraphs/pilots/pilot-program.entity.js';

/**
 * Resolvers whose answer is a join, so the compiler may write them as SQL. Each entry states
 * what its resolver does: a to-one relation loaded by id (or a federation stub of it, which the
 * owning subgraph then loads by id), a declared child list, or a root list built from the same
 * query function the resolver calls. A field not named here, and not a plain column
 * (graph-entities.ts), keeps its resolver: the compiler declines the operation.
 *
 * test/sql-json/same-answers.test.ts runs operations both ways and compares the bytes.
 */

export type ResolvedAsSql =
  | { kind: 'toOne'; property: string }
  | { kind: 'children'; list: ChildList<object> }
  // A field of a child list's last row (the resolver's `.at(-1)`), null when the list is empty.
  | { kind: 'lastChild'; list: ChildList<object>; field: string }
  // A root list of every row, in a declared order completed by id.
  | { kind: 'rootList'; entity: object; orderBy: QueryOrderMap<object> }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  | { kind: 'rootPage'; entity: object; query(args: Record<string, any>): { where: FilterQuery<object>; orderBy: QueryOrderMap<object>[] } };

const toOne = (property: string): ResolvedAsSql => ({ kind: 'toOne', property });
const children = <T>(list: ChildList<T>): ResolvedAsSql => ({ kind: 'children', list: list as ChildList<object> });
const lastChild = <T>(list: ChildList<T>, field: keyof T & string): ResolvedAsSql => ({ kind: 'lastChild', list: list as ChildList<object>, field });

export const RESOLVED_AS_SQL: ReadonlyMap<string, ResolvedAsSql> = new Map<string, ResolvedAsSql>([
  ['Query.reports', { kind: 'rootPage', entity: Report, query: (args) => reportListQuery(args.filter as ReportFilter | null, args.orderBy as ReportOrder) as never }],
  ['Report.government', toOne('government')],
  ['Report.department', toOne('department')],
  ['Report.channelFigures', children(CHANNEL_FIGURES_OF_REPORT)],
  ['Report.keyDomains', children(KEY_DOMAIN_FIGURES_OF_REPORT)],
  ['Report.sections', children(SECTIONS_OF_REPORT)],
  ['Report.workPoints', children(WORK_POINTS_OF_REPORT)],
  ['ChannelFigure.channel', toOne('channel')],
  ['KeyDomainFigure.keyDomain', toOne('keyDomain')],
  ['KeyDomainFigure.report', toOne('report')],
  ['Government.region', toOne('region')],
  ['Region.parent', toOne('parent')],
  ['Region.children', children(REGIONS_UNDER_REGION)],
  ['Region.governments', children(GOVERNMENTS_OF_REGION)],
  ['Query.pilotPrograms', { kind: 'rootList', entity: PilotProgram, orderBy: PILOT_PROGRAMME_ORDER as QueryOrderMap<object> }],
  ['PilotProgram.phases', children(PHASES_OF_PROGRAMME)],
  ['PilotProgram.sites', children(SITES_OF_PROGRAMME)],
  ['PilotSite.programme', toOne('programme')],
  ['PilotSite.government', toOne('government')],
  ['PilotSite.areas', children(AREAS_OF_SITE)],
  ['PilotArea.site', toOne('site')],
  ['PilotArea.leadDepartment', toOne('leadDepartment')],
  ['PilotArea.progress', children(UPDATES_OF_AREA)],
  ['PilotArea.currentPhase', lastChild(UPDATES_OF_AREA, 'phase')],
  ['PilotArea.currentStatus', lastChild(UPDATES_OF_AREA, 'status')],
  ['ProgressUpdate.area', toOne('area')],
  ['ProgressUpdate.phase', toOne('phase')],
]);
