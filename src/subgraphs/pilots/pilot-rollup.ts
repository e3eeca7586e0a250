import { PhaseStatus } from './progress-update.entity.js';
import type { AreaStanding } from './pilot-standing.loader.js';

export interface PhaseSchedule {
  ordinal: number;
  plannedEnd: string | null;
}

/** A roll-up of a programme's sites on a date, by ids: the GraphQL layer loads the rows. */
export interface Rollup {
  siteCount: number;
  areaCount: number;
  /** Sites per phase ordinal, in the programme's phase order. */
  sitesByPhase: { ordinal: number; sites: number }[];
  sitesWithoutProgress: number;
  behindAreaIds: number[];
  latestBySite: { siteId: number; updateId: number | null }[];
}

/**
 * Rolls up where a programme's areas stood on `asOf`.
 * - A site is in the earliest phase any of its areas is in: a site has left a phase when all its
 *   areas have. A site with an area that has no statement yet counts as without progress.
 * - An area is behind schedule when a phase's planned end is before `asOf` and the area has not
 *   finished that phase. Phases without a planned end put no area behind.
 */
export function rollUp(standings: AreaStanding[], phases: PhaseSchedule[], asOf: string): Rollup {
  const sites = new Map<number, AreaStanding[]>();
  for (const standing of standings) sites.set(standing.siteId, [...(sites.get(standing.siteId) ?? []), standing]);

  const due = Math.max(0, ...phases.filter((p) => p.plannedEnd !== null && p.plannedEnd < asOf).map((p) => p.ordinal));
  const areas = standings.filter((s) => s.areaId !== null);
  const behind = areas.filter((s) => due > 0 && (s.phaseOrdinal === null || s.phaseOrdinal < due || (s.phaseOrdinal === due && s.status !== PhaseStatus.DONE)));

  const siteCounts = new Map<number, number>(phases.map((p) => [p.ordinal, 0]));
  let withoutProgress = 0;
  const latestBySite: Rollup['latestBySite'] = [];
  for (const [siteId, rows] of sites) {
    const ordinals = rows.map((r) => r.phaseOrdinal);
    if (rows.some((r) => r.areaId === null || r.phaseOrdinal === null)) withoutProgress++;
    else {
      const earliest = Math.min(...(ordinals as number[]));
      siteCounts.set(earliest, (siteCounts.get(earliest) ?? 0) + 1);
    }
    const latest = rows.filter((r) => r.sequence !== null).sort((a, b) => b.sequence! - a.sequence!)[0];
    latestBySite.push({ siteId, updateId: latest?.updateId ?? null });
  }

  return {
    siteCount: sites.size,
    areaCount: areas.length,
    sitesByPhase: [...siteCounts].map(([ordinal, count]) => ({ ordinal, sites: count })),
    sitesWithoutProgress: withoutProgress,
    behindAreaIds: behind.map((s) => s.areaId!),
    latestBySite,
  };
}
