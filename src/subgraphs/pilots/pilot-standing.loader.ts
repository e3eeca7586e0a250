import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { loaderOptions } from '../../db/loader-mode.js';
import type { PhaseStatus } from './progress-update.entity.js';
import { recordBatch } from '../../observability/loader-batches.js';

/** Where one area of one site stood on a date: its latest statement dated on or before it. */
export interface AreaStanding {
  programmeId: number;
  siteId: number;
  /** The site's region and every region above it. */
  regionIds: number[];
  provinceId: number | null;
  provinceCode: string | null;
  /** Null for a site that lists no areas. */
  areaId: number | null;
  phaseOrdinal: number | null;
  status: PhaseStatus | null;
  updateId: number | null;
  sequence: number | null;
}

type Row = {
  programme_id: number; site_id: number; region_ids: number[]; province_id: number | null; province_code: string | null;
  area_id: number | null; ordinal: number | null; status: PhaseStatus | null; update_id: number | null; sequence: string | number | null;
};

/**
 * Every area of every site of many programmes, with where each stood on a date, in one SELECT per
 * date asked for. Keys are `programmeId@date`: roll-ups of any number of programmes cost one
 * statement for each distinct date, however many sites and areas they hold.
 */
export const pilotStandingLoaders = (em: EntityManager) => ({
  standingsByProgramme: new DataLoader<string, AreaStanding[]>(async (keys) => {
    recordBatch(keys.length);
    const byDate = new Map<string, number[]>();
    for (const key of keys) {
      const [id, date] = key.split('@');
      byDate.set(date, [...(byDate.get(date) ?? []), Number(id)]);
    }
    const found = new Map<string, AreaStanding[]>(keys.map((key) => [key, []]));
    for (const [date, ids] of byDate) {
      const idArray = `{${ids.join(',')}}`;
      const rows: Row[] = await em.getConnection().execute(STANDINGS_SQL, [idArray, idArray, date, idArray]);
      for (const row of rows) found.get(`${row.programme_id}@${date}`)!.push(toStanding(row));
    }
    return keys.map((key) => found.get(key)!);
  }, loaderOptions()),
});

const STANDINGS_SQL = `
  with recursive site_region(site_id, region_id) as (
    select s.id, g.region_id from pilot_site s join government g on g.id = s.government_id where s.programme_id = any(?::int[])
    union all
    select sr.site_id, r.parent_id from site_region sr join region r on r.id = sr.region_id where r.parent_id is not null
  ),
  path as (
    select sr.site_id, array_agg(sr.region_id) as region_ids,
           min(case when r.level = 'PROVINCE' then r.id end) as province_id,
           min(case when r.level = 'PROVINCE' then r.code end) as province_code
    from site_region sr join region r on r.id = sr.region_id group by sr.site_id
  ),
  latest as (
    select distinct on (u.area_id) u.area_id, u.id, u.phase_id, u.status, u.sequence
    from progress_update u join pilot_area a on a.id = u.area_id join pilot_site s on s.id = a.site_id
    where s.programme_id = any(?::int[]) and u.as_of <= ?::date
    order by u.area_id, u.sequence desc
  )
  select s.programme_id, s.id as site_id, p.region_ids, p.province_id, p.province_code,
         a.id as area_id, ph.ordinal, l.status, l.id as update_id, l.sequence
  from pilot_site s
  join path p on p.site_id = s.id
  left join pilot_area a on a.site_id = s.id
  left join latest l on l.area_id = a.id
  left join pilot_phase ph on ph.id = l.phase_id
  where s.programme_id = any(?::int[])
  order by s.programme_id, s.designated_on, s.id, a.id`;

function toStanding(row: Row): AreaStanding {
  return {
    programmeId: Number(row.programme_id),
    siteId: Number(row.site_id),
    regionIds: row.region_ids.map(Number),
    provinceId: row.province_id == null ? null : Number(row.province_id),
    provinceCode: row.province_code,
    areaId: row.area_id == null ? null : Number(row.area_id),
    phaseOrdinal: row.ordinal == null ? null : Number(row.ordinal),
    status: row.status,
    updateId: row.update_id == null ? null : Number(row.update_id),
    sequence: row.sequence == null ? null : Number(row.sequence),
  };
}
