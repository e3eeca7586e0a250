import type { EntityManager } from '@mikro-orm/core';
import { checkNewReport, type NewReportContext, newReportContextColumns } from '../findings/check-new-report.js';
import { recomputeFindings } from '../findings/recompute-findings.js';
import type { ReportDocument } from '../report-document/report-document.js';
import { ChannelAccount } from '../subgraphs/directory/channel-account.entity.js';
import { Department, DepartmentKind } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../subgraphs/directory/region.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { ChannelCode } from '../subgraphs/shared/channel-code.js';
import { importPilot } from './import-pilot.js';
import { insertNewReport, reserveNewReport } from './insert-new-report.js';
import { reimportReport } from './reimport-report.js';
import { findUnder, isUnsaved, syncChildren, upsertAll, upsertOne } from './upsert.js';

/**
 * Upserts one report document, with everything it names, in a single transaction: a failure
 * leaves the database as it was. Rows are matched by natural keys (region code, names, year,
 * ordinals, codes), so importing the same document again changes nothing. Each kind of row
 * costs at most one SELECT, and none under a parent created by this import.
 *
 * Version 1 of a new report is its import. Re-importing a report keeps its corrections and logs
 * changed figures as a new version (carryCorrectionsOver).
 *
 * The report's findings (a new report's from its document in memory, checkNewReport) and those
 * of the reports whose checks read it are recomputed in the same transaction; `readers: false`
 * leaves the readers out, `recheck: false` both. A bulk import checks each report as it goes
 * and its readers once at the end (recomputeReaders), instead of rechecking a parent's reports
 * for every child.
 */
export async function importReport(
  em: EntityManager,
  doc: ReportDocument,
  { recheck = true, readers = true }: { recheck?: boolean; readers?: boolean } = {},
): Promise<{ id: number }> {
  return em.transactional(async (tx) => {
    const regions = await upsertRegions(tx, doc);
    const government = await upsertGovernment(tx, doc, regions);
    const path = doc.issuer.government.regionPath;
    const region = regions.get(path[path.length - 1].code)!;
    const parentRegion = path.length > 1 ? regions.get(path[path.length - 2].code)! : null;
    // Known before the flush gives them ids: what this import creates has nothing under it yet.
    const created = { government: isUnsaved(government), region: isUnsaved(region) };
    const { byKey: departments } = upsertAll(
      tx,
      Department,
      await findUnder(tx, Department, government, { government, name: { $in: doc.departments.map((d) => d.name) } }),
      doc.departments,
      { row: (d) => d.name, item: (d) => d.name },
      (d) => ({ government, name: d.name, kind: d.kind as DepartmentKind }),
    );
    syncChildren(
      tx,
      ChannelAccount,
      await findUnder(tx, ChannelAccount, government, { government }),
      doc.channelAccounts,
      { row: (a) => `${a.channel}/${a.name}`, item: (a) => `${a.channel}/${a.name}` },
      (a) => ({ government, channel: a.channel as ChannelCode, name: a.name, url: a.url, openedOn: a.openedOn, description: a.description, line: a.line }),
    );

    const department = doc.issuer.department ? departments.get(doc.issuer.department)! : null;
    const [existing] = await findUnder(tx, Report, department ?? government, { government, department, year: doc.year });
    if (existing) {
      await reimportReport(tx, existing, doc, { regions, government, departments }, recheck, readers);
      return { id: existing.id };
    }

    // The directory rows get their ids here; the report and its parts refer to them.
    await tx.flush();
    const owners = {
      governmentId: government.id,
      departmentId: department?.id ?? null,
      departmentIds: new Map([...departments].map(([name, row]) => [name, row.id])),
    };
    const place = {
      governmentId: government.id,
      departmentId: department?.id ?? null,
      regionId: region.id,
      parentRegionId: parentRegion?.id ?? null,
      governmentIsNew: created.government,
      regionIsNew: created.region,
    };
    const reserved = await reserveNewReport<NewReportContext>(tx, doc, owners, recheck ? newReportContextColumns(doc, place) : null);
    const reportId = reserved.reportId;
    const findings = recheck ? await checkNewReport(tx, doc, { ...place, reportId }, reserved.alongside) : [];
    await insertNewReport(tx, doc, owners, reportId, findings);
    if (doc.pilot) await importPilot(tx, doc, regions, government, departments);
    await tx.flush();
    // The reports whose checks read this one, now that it is written.
    if (recheck && readers && reserved.alongside.neighbour_ids.length > 0) await recomputeFindings(tx, reserved.alongside.neighbour_ids, { neighbours: false });
    return { id: reportId };
  });
}

/** The issuer's region path, top down, each level the parent of the next; one SELECT for all. */
async function upsertRegions(em: EntityManager, doc: ReportDocument): Promise<Map<string, Region>> {
  const path = doc.issuer.government.regionPath;
  const found = new Map((await em.find(Region, { code: { $in: path.map((r) => r.code) } })).map((r) => [r.code, r]));
  const regions = new Map<string, Region>();
  let parent: Region | null = null;
  for (const { code, name, level } of path) {
    const data = { name, level: level as RegionLevel, parent };
    const region: Region = found.has(code) ? em.assign(found.get(code)!, data) : em.create(Region, { code, ...data });
    regions.set(code, region);
    parent = region;
  }
  return regions;
}

async function upsertGovernment(em: EntityManager, doc: ReportDocument, regions: Map<string, Region>): Promise<Government> {
  const path = doc.issuer.government.regionPath;
  const region = regions.get(path[path.length - 1].code)!;
  const { name, portalUrl, disclosureOffice, disclosurePhone } = doc.issuer.government;
  return upsertOne(em, Government, region, { region, name }, { portalUrl, disclosureOffice, disclosurePhone });
}
