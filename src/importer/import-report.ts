import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import { ChannelAccount } from '../subgraphs/directory/channel-account.entity.js';
import { Department, DepartmentKind } from '../subgraphs/directory/department.entity.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Region, RegionLevel } from '../subgraphs/directory/region.entity.js';
import { Report, ReportFormat } from '../subgraphs/reports/report.entity.js';
import { ChannelCode } from '../subgraphs/shared/channel-code.js';
import { importKeyDomains } from './import-key-domains.js';
import { importPilot } from './import-pilot.js';
import { importReportParts } from './import-report-parts.js';
import { syncChildren, upsertBy } from './upsert.js';

/**
 * Upserts one report document, with everything it names, in a single transaction: a failure
 * leaves the database as it was. Rows are matched by natural keys (region code, names, year,
 * ordinals, codes), so importing the same document again changes nothing.
 */
export async function importReport(em: EntityManager, doc: ReportDocument): Promise<Report> {
  return em.transactional(async (tx) => {
    const government = await upsertGovernment(tx, doc);
    const departments = new Map<string, Department>();
    for (const { name, kind } of doc.departments) {
      departments.set(name, await upsertBy(tx, Department, { government, name }, { kind: kind as DepartmentKind }));
    }
    syncChildren(
      tx,
      ChannelAccount,
      await tx.find(ChannelAccount, { government }),
      doc.channelAccounts,
      { row: (a) => `${a.channel}/${a.name}`, item: (a) => `${a.channel}/${a.name}` },
      (a) => ({ government, channel: a.channel as ChannelCode, name: a.name, url: a.url, openedOn: a.openedOn, description: a.description, line: a.line }),
    );

    const department = doc.issuer.department ? departments.get(doc.issuer.department)! : null;
    const existing = await tx.findOne(Report, { government, department, year: doc.year });
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
    const report = existing ? tx.assign(existing, fields) : tx.create(Report, { government, department, year: doc.year, ...fields });
    if (!existing) await tx.flush();

    await importReportParts(tx, report, doc);
    await importKeyDomains(tx, report, government, departments, doc);
    if (doc.pilot) await importPilot(tx, doc, government, departments);
    return report;
  });
}

async function upsertGovernment(em: EntityManager, doc: ReportDocument): Promise<Government> {
  let parent: Region | null = null;
  for (const { code, name, level } of doc.issuer.government.regionPath) {
    parent = await upsertBy(em, Region, { code }, { name, level: level as RegionLevel, parent });
  }
  const { name, portalUrl, disclosureOffice, disclosurePhone } = doc.issuer.government;
  return upsertBy(em, Government, { region: parent!, name }, { portalUrl, disclosureOffice, disclosurePhone });
}
