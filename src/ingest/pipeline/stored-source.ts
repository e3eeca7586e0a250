import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../../report-document/report-document.js';
import { Department } from '../../subgraphs/directory/department.entity.js';
import { Government } from '../../subgraphs/directory/government.entity.js';
import { Region } from '../../subgraphs/directory/region.entity.js';
import { Report } from '../../subgraphs/reports/report.entity.js';

/**
 * The SHA-256 of the source the stored copy of this report was imported from, or null when the
 * report is not stored yet. Reports are found by the importer's own natural key: the region's
 * code, the government's and department's names, and the year.
 */
export async function storedSourceSha256(em: EntityManager, doc: ReportDocument): Promise<string | null> {
  const path = doc.issuer.government.regionPath;
  const region = await em.findOne(Region, { code: path[path.length - 1].code });
  if (!region) return null;
  const government = await em.findOne(Government, { region, name: doc.issuer.government.name });
  if (!government) return null;
  let department: Department | null = null;
  if (doc.issuer.department) {
    department = await em.findOne(Department, { government, name: doc.issuer.department });
    if (!department) return null;
  }
  const report = await em.findOne(Report, { government, department, year: doc.year });
  return report?.sourceSha256 ?? null;
}
