import type { EntityManager } from '@mikro-orm/core';
import { carryCorrectionsOver } from '../corrections/carry-corrections-over.js';
import { readFigures } from '../corrections/report-figures.js';
import { checkNewReport } from '../findings/check-new-report.js';
import { recomputeFindings } from '../findings/recompute-findings.js';
import type { ReportDocument } from '../report-document/report-document.js';
import { ChannelAccount } from '../subgraphs/directory/channel-account.entity.js';
import { Department, DepartmentKind } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../subgraphs/directory/region.entity.js';
import { Report, ReportFormat } from '../subgraphs/reports/report.entity.js';
import { ReportVersion, ReportVersionKind } from '../subgraphs/reports/report-version.entity.js';
import { ChannelCode } from '../subgraphs/shared/channel-code.js';
import { importKeyDomains } from './import-key-domains.js';
import { importPilot } from './import-pilot.js';
import { importReportParts } from './import-report-parts.js';
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
 * The report's findings, and those of the reports whose checks read it, are recomputed in the
 * same transaction unless `recheck` is false (a new report's from its document in memory,
 * checkNewReport): a bulk import recomputes once for all its reports
 * at the end (recomputeFindings), instead of rechecking a parent's reports for every child.
 */
export async function importReport(em: EntityManager, doc: ReportDocument, { recheck = true }: { recheck?: boolean } = {}): Promise<Report> {
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
    const fields = {
      title: doc.title,
      format: doc.format as ReportFormat,
      tableVariant: doc.tableVariant,
      periodStart: doc.period?.start ?? null,
      periodEnd: doc.period?.end ?? null,
      publishedAt: doc.publishedAt,
      sourceUrl: doc.source.url,
      sourceFile: doc.source.file,
      sourceSha256: doc.source.sha256,
      portalUrl: doc.source.portalUrl,
      legalBasis: doc.legalBasis,
      officialName: doc.officialInCharge?.name ?? null,
      officialTitle: doc.officialInCharge?.title ?? null,
      interpretationColumn: doc.interpretationColumn && { name: doc.interpretationColumn.name, examples: doc.interpretationColumn.examples },
      fees: doc.fees && { charged: doc.fees.charged, statement: doc.fees.statement },
      confidentialityReview: doc.confidentialityReview && {
        principles: doc.confidentialityReview.principles,
        measures: doc.confidentialityReview.measures,
        accountsPerUnit: doc.confidentialityReview.accountsPerUnit,
      },
      publicInstitutions: doc.publicInstitutions && {
        columnName: doc.publicInstitutions.columnName,
        count: doc.publicInstitutions.count,
        named: doc.publicInstitutions.named,
      },
      problems: doc.problems,
      nextSteps: doc.nextSteps,
    };
    // A re-import compares figures before and after, to keep corrections and log what changed.
    const figuresBefore = existing ? await readFigures(tx, existing.id) : null;
    const report = existing ? tx.assign(existing, fields) : tx.create(Report, { government, department, year: doc.year, ...fields });
    if (!existing) tx.create(ReportVersion, { report, version: 1, kind: ReportVersionKind.IMPORT, sourceSha256: doc.source.sha256 });
    // The directory rows and the report get their ids here; the parts refer to them.
    await tx.flush();

    await importReportParts(tx, report, !existing, doc);
    await importKeyDomains(tx, report, !existing, government, departments, doc);
    if (doc.pilot) await importPilot(tx, doc, regions, government, departments);
    if (figuresBefore) await carryCorrectionsOver(tx, report, figuresBefore);
    await tx.flush();
    if (recheck && existing) await recomputeFindings(tx, [report.id]);
    else if (recheck) {
      await checkNewReport(tx, doc, {
        reportId: report.id,
        governmentId: government.id,
        departmentId: department?.id ?? null,
        regionId: region.id,
        parentRegionId: parentRegion?.id ?? null,
        governmentIsNew: created.government,
        regionIsNew: created.region,
      });
    }
    return report;
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
