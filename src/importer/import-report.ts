import type { EntityManager } from '@mikro-orm/core';
import { checkNewReport, type NewReportContext, newReportContextColumns } from '../findings/check-new-report.js';
import type { ReportFacts } from '../findings/facts.js';
import { factsStamp, type RecentFacts } from '../findings/recent-facts.js';
import { recomputeFindings } from '../findings/recompute-findings.js';
import type { ReportDocument } from '../report-document/report-document.js';
import { Department } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region } from '../subgraphs/directory/region.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { importPilot } from './import-pilot.js';
import { insertNewReport, reserveNewReport } from './insert-new-report.js';
import { reimportReport } from './reimport-report.js';
import { type Directory, upsertDirectory } from './upsert-directory.js';

/**
 * Upserts one report document, with everything it names, in a single transaction: a failure
 * leaves the database as it was. Rows are matched by natural keys (region code, names, year,
 * ordinals, codes), so importing the same document again changes nothing.
 *
 * A new report (the bulk case) is a handful of statements past the unit of work: the directory
 * in two (upsertDirectory), the report with all its parts and findings in two more
 * (reserveNewReport, insertNewReport), and its pilot, if it states one, through the entities.
 * A report already stored is synced through the entities (reimportReport): its corrections are
 * kept and changed figures logged as a new version (carryCorrectionsOver).
 *
 * The report's findings (a new report's from its document in memory, checkNewReport) and those
 * of the reports whose checks read it are recomputed in the same transaction; `readers: false`
 * leaves the readers out, `recheck: false` both. A bulk import checks each report as it goes
 * and its readers once at the end (recomputeReaders), instead of rechecking a parent's reports
 * for every child. With `recent`, a new report's facts are remembered once committed, and last
 * year's taken from there when it was remembered as it is stored: only for a call that is its
 * own transaction, not one inside the caller's.
 */
export async function importReport(
  em: EntityManager,
  doc: ReportDocument,
  { recheck = true, readers = true, recent }: { recheck?: boolean; readers?: boolean; recent?: RecentFacts } = {},
): Promise<{ id: number }> {
  let written: ReportFacts | null = null;
  const imported = await em.transactional(async (tx) => {
    const directory = await upsertDirectory(tx, doc);
    if (directory.existingReportId !== null) {
      await reimportReport(tx, await tx.findOneOrFail(Report, directory.existingReportId), doc, await directoryEntities(tx, directory), recheck, readers);
      return { id: directory.existingReportId };
    }

    const path = doc.issuer.government.regionPath;
    const departmentId = doc.issuer.department ? directory.departmentIds.get(doc.issuer.department)! : null;
    const owners = { governmentId: directory.governmentId, departmentId, departmentIds: directory.departmentIds };
    const place = {
      governmentId: directory.governmentId,
      departmentId,
      regionId: directory.regionIds.get(path[path.length - 1].code)!,
      parentRegionId: path.length > 1 ? directory.regionIds.get(path[path.length - 2].code)! : null,
      governmentIsNew: directory.created.government,
      regionIsNew: directory.created.region,
    };
    const reserved = await reserveNewReport<NewReportContext>(tx, doc, owners, recheck ? newReportContextColumns(doc, place) : null);
    const reportId = reserved.reportId;
    const checked = recheck ? await checkNewReport(tx, doc, { ...place, reportId }, reserved.alongside, recent) : null;
    await insertNewReport(tx, doc, owners, reportId, checked?.findings ?? []);
    written = checked?.facts ?? null;
    if (doc.pilot) {
      const { regions, government, departments } = directoryReferences(tx, directory);
      await importPilot(tx, doc, regions, government, departments);
      await tx.flush();
    }
    // The reports whose checks read this one, now that it is written.
    if (recheck && readers && reserved.alongside.neighbour_ids.length > 0) await recomputeFindings(tx, reserved.alongside.neighbour_ids, { neighbours: false });
    return { id: reportId };
  });
  // A new report is version 1 of its source.
  if (written && recent) recent.remember(imported.id, factsStamp(1, doc.source.sha256), written);
  return imported;
}

/** The directory as entities, loaded: a re-import syncs the report's parts through them. */
async function directoryEntities(tx: EntityManager, directory: Directory) {
  const regions = await tx.find(Region, { id: { $in: [...directory.regionIds.values()] } });
  const departments = directory.departmentIds.size > 0 ? await tx.find(Department, { id: { $in: [...directory.departmentIds.values()] } }) : [];
  return {
    regions: new Map(regions.map((r) => [r.code, r])),
    government: await tx.findOneOrFail(Government, directory.governmentId),
    departments: new Map(departments.map((d) => [d.name, d])),
  };
}

/** The directory as references, without reading it: enough for the pilot's rows to point at. */
function directoryReferences(tx: EntityManager, directory: Directory) {
  return {
    regions: new Map([...directory.regionIds].map(([code, id]) => [code, tx.getReference(Region, id)])),
    government: tx.getReference(Government, directory.governmentId),
    departments: new Map([...directory.departmentIds].map(([name, id]) => [name, tx.getReference(Department, id)])),
  };
}
