import type { EntityManager } from '@mikro-orm/core';
import { executeNamed } from '../db/execute-bound.js';
import type { ReportDocument } from '../report-document/report-document.js';

/** The directory rows a report hangs from, by id, and which of them this import created. */
export interface Directory {
  /** Region id by code, for the issuer's region path. */
  regionIds: Map<string, number>;
  governmentId: number;
  /** Department id by name, for every department the document names. */
  departmentIds: Map<string, number>;
  /** The stored report of the same issuer and year, if any. */
  existingReportId: number | null;
  /** Created by this import: nothing can refer to it yet. */
  created: { government: boolean; region: boolean };
}

/**
 * Brings the issuer's directory rows to the document in two statements past the unit of work:
 * its region path (each level the parent of the next), its government, the departments the
 * document names and the government's channel accounts (those no longer listed are removed), as
 * importReport's entities did; rows are matched by natural key and only what differs is
 * rewritten. Also finds the stored report of the same issuer and year.
 *
 * Regions are found through their code's index, by key, never by joining the path to the table:
 * PostgreSQL takes a JSON parameter for a hundred rows, and while the table held a few thousand
 * regions its plan scanned it whole, three times a report.
 *
 * The regions come first, on their own, with ON CONFLICT DO NOTHING: every import of a province
 * touches its row, and an update would hold it locked until commit, one import at a time. The
 * government and its departments are upserted with DO UPDATE, which returns their ids whether
 * new or not; that locks them, so imports of one government's reports (its own and its
 * departments') take turns, and imports of different governments do not wait on each other.
 */
export async function upsertDirectory(em: EntityManager, doc: ReportDocument): Promise<Directory> {
  const path = doc.issuer.government.regionPath.map((r, i, all) => ({ code: r.code, name: r.name, level: r.level, parent_code: i > 0 ? all[i - 1].code : null }));
  const createdRegions = await executeNamed<{ code: string }>(
    em,
    `insert into region (code, name, level, parent_id)
     select x.code, x.name, x.level, null from jsonb_to_recordset(?::jsonb) x(code text, name text, level region_level) order by x.code
     on conflict (code) do nothing
     returning code`,
    [JSON.stringify(path)],
  );

  const { government } = doc.issuer;
  const regionCode = path[path.length - 1].code;
  // Six digits each (the document's schema): an array literal needs no quoting.
  const pathCodes = `{${path.map((r) => r.code).join(',')}}`;
  // ON CONFLICT DO UPDATE may not touch one row twice: the first of a name stands, as upsertAll has it.
  const departments = doc.departments.filter((d, i, all) => all.findIndex((e) => e.name === d.name) === i);
  const [row] = await executeNamed<{ government_id: number; government_created: boolean; region_ids: Record<string, number>; department_ids: Record<string, number> | null; report_id: number | null }>(
    em,
    `with path as (
       select x.code, x.name, x.level, (select p.id from region p where p.code = x.parent_code) as parent_id
         from jsonb_to_recordset(?::jsonb) x(code text, name text, level region_level, parent_code text)),
     regions as (
       update region r set name = path.name, level = path.level, parent_id = path.parent_id from path
        where r.code = any(?::text[]) and r.code = path.code and (r.name, r.level, r.parent_id) is distinct from (path.name, path.level, path.parent_id)),
     government as (
       insert into government (region_id, name, portal_url, disclosure_office, disclosure_phone)
       select (select id from region where code = ?), ?, ?, ?, ?
       on conflict (region_id, name) do update
         set portal_url = excluded.portal_url, disclosure_office = excluded.disclosure_office, disclosure_phone = excluded.disclosure_phone
       returning id, xmax = 0 as created),
     departments as (
       insert into department (government_id, name, kind)
       select government.id, x.name, x.kind from government, jsonb_to_recordset(?::jsonb) x(name text, kind department_kind)
       on conflict (government_id, name) do update set kind = excluded.kind
       returning id, name),
     accounts as (
       insert into channel_account (government_id, channel, name, url, opened_on, description, line)
       select government.id, x.channel, x.name, x.url, x.opened_on, x.description, x.line
         from government, jsonb_to_recordset(?::jsonb) x(channel channel_code, name text, url text, opened_on text, description text, line int)
       on conflict (government_id, channel, name) do update
         set url = excluded.url, opened_on = excluded.opened_on, description = excluded.description, line = excluded.line
         where (channel_account.url, channel_account.opened_on, channel_account.description, channel_account.line)
               is distinct from (excluded.url, excluded.opened_on, excluded.description, excluded.line)),
     removed_accounts as (
       delete from channel_account a using government
        where a.government_id = government.id
          and not exists (select 1 from jsonb_to_recordset(?::jsonb) x(channel channel_code, name text) where x.channel = a.channel and x.name = a.name))
     select government.id as government_id, government.created as government_created,
            (select json_object_agg(code, id) from region where code = any(?::text[])) as region_ids,
            (select json_object_agg(name, id) from departments) as department_ids,
            (select r.id from report r where r.government_id = government.id and r.year = ?
                and r.department_id is not distinct from (select id from departments where name = ?)) as report_id
       from government`,
    [
      JSON.stringify(path),
      pathCodes,
      regionCode,
      government.name,
      government.portalUrl,
      government.disclosureOffice,
      government.disclosurePhone,
      JSON.stringify(departments.map((d) => ({ name: d.name, kind: d.kind }))),
      JSON.stringify(doc.channelAccounts.map((a) => ({ channel: a.channel, name: a.name, url: a.url, opened_on: a.openedOn, description: a.description, line: a.line }))),
      JSON.stringify(doc.channelAccounts.map((a) => ({ channel: a.channel, name: a.name }))),
      pathCodes,
      doc.year,
      doc.issuer.department,
    ],
  );
  return {
    regionIds: new Map(Object.entries(row.region_ids).map(([code, id]) => [code, Number(id)])),
    governmentId: row.government_id,
    departmentIds: new Map(Object.entries(row.department_ids ?? {}).map(([name, id]) => [name, Number(id)])),
    existingReportId: row.report_id,
    created: { government: row.government_created, region: createdRegions.some((r) => r.code === regionCode) },
  };
}
