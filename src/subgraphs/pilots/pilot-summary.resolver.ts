import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { LocalDate } from '../../graphql/scalars.js';
import { chinaToday } from '../../graphql/china-today.js';
import { PilotArea } from './pilot-area.entity.js';
import { PilotProgram } from './pilot-program.entity.js';
import { rollUp } from './pilot-rollup.js';
import { PilotSite } from './pilot-site.entity.js';
import type { AreaStanding } from './pilot-standing.loader.js';
import { PilotPhaseSiteCount, PilotProgressSummary, PilotSiteLatest } from './pilot-summary.types.js';
import { ProgressUpdate } from './progress-update.entity.js';
import { PilotRegionStub } from './stubs.js';

const ASOF = { nullable: true, description: 'The date to judge on, YYYY-MM-DD; default today in China (截至日期)' };

async function summarise(context: RequestContext, programme: PilotProgram, asOf: string, regionId: number | null, standings?: AreaStanding[]) {
  const rows = standings ?? (await context.loaders.standingsByProgramme.load(`${programme.id}@${asOf}`));
  const phases = await context.loaders.phasesByProgramme.load(programme.id);
  const inRegion = regionId === null ? rows : rows.filter((r) => r.regionIds.includes(regionId));
  const rollup = rollUp(inRegion, phases, asOf);
  return Object.assign(new PilotProgressSummary(), { rollup, programmeId: programme.id, regionId, asOf, ...rollup });
}

@Resolver(() => PilotProgram)
export class PilotProgramSummaryResolver {
  @FieldResolver(() => PilotProgressSummary, { description: 'Sites per phase, areas behind schedule and each site’s latest statement, for the programme or a region of it (试点进展汇总)' })
  async progressSummary(
    @Root() programme: PilotProgram,
    @Ctx() context: RequestContext,
    @Arg('region', () => String, { nullable: true, description: 'GB/T 2260 code; only sites in or under that region (行政区划代码)' }) region?: string | null,
    @Arg('asOf', () => LocalDate, ASOF) asOf?: string | null,
  ) {
    let regionId: number | null = null;
    if (region != null) {
      regionId = await context.loaders.regionIdByCode.load(region);
      if (regionId === null) throw notFound('Region', 'region', region);
    }
    return summarise(context, programme, asOf ?? chinaToday(), regionId);
  }

  @FieldResolver(() => [PilotProgressSummary], { description: 'The same summary for each province with sites in the programme, by region code (分省汇总)' })
  async provinceSummaries(@Root() programme: PilotProgram, @Ctx() context: RequestContext, @Arg('asOf', () => LocalDate, ASOF) asOf?: string | null) {
    const date = asOf ?? chinaToday();
    const rows = await context.loaders.standingsByProgramme.load(`${programme.id}@${date}`);
    const provinces = new Map<number, string>();
    for (const row of rows) if (row.provinceId !== null) provinces.set(row.provinceId, row.provinceCode!);
    const ordered = [...provinces].sort(([, a], [, b]) => a.localeCompare(b));
    return Promise.all(ordered.map(([id]) => summarise(context, programme, date, id, rows)));
  }
}

@Resolver(() => PilotProgressSummary)
export class PilotProgressSummaryResolver {
  @FieldResolver(() => PilotRegionStub, { nullable: true, description: 'The region summarised; null for the whole programme (汇总地区)' })
  region(@Root() summary: PilotProgressSummary): PilotRegionStub | null {
    return summary.regionId === null ? null : { id: summary.regionId };
  }

  @FieldResolver(() => [PilotPhaseSiteCount], { description: 'Sites per phase, in phase order, zeros included (各阶段试点单位数)' })
  async sitesByPhase(@Root() summary: PilotProgressSummary, @Ctx() { loaders }: RequestContext): Promise<PilotPhaseSiteCount[]> {
    const phases = await loaders.phasesByProgramme.load(summary.programmeId);
    return summary.rollup.sitesByPhase.map(({ ordinal, sites }) => ({ phase: phases.find((p) => p.ordinal === ordinal)!, sites }));
  }

  @FieldResolver(() => [PilotArea], { description: 'Areas that have not finished a phase whose planned end has passed (进度滞后的试点领域)' })
  async areasBehindSchedule(@Root() summary: PilotProgressSummary, @Ctx() { loaders }: RequestContext) {
    return (await loaders.areaById.loadMany(summary.rollup.behindAreaIds)) as PilotArea[];
  }

  @FieldResolver(() => [PilotSiteLatest], { description: 'Each site with its latest statement by the date, in designation order (各试点单位最新进展)' })
  latestBySite(@Root() summary: PilotProgressSummary): PilotSiteLatest[] {
    return summary.rollup.latestBySite.map((entry) => Object.assign(new PilotSiteLatest(), entry));
  }
}

@Resolver(() => PilotSiteLatest)
export class PilotSiteLatestResolver {
  @FieldResolver(() => PilotSite, { description: 'The site (试点单位)' })
  async site(@Root() latest: PilotSiteLatest, @Ctx() { loaders }: RequestContext) {
    return (await loaders.siteById.load(latest.siteId))!;
  }

  @FieldResolver(() => ProgressUpdate, { nullable: true, description: 'Its latest statement; null before any (最新进展)' })
  update(@Root() latest: PilotSiteLatest, @Ctx() { loaders }: RequestContext) {
    return latest.updateId === null ? null : loaders.updateById.load(latest.updateId);
  }
}
