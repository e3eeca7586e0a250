import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../../report-document/report-document.js';
import { Report } from '../../subgraphs/reports/report.entity.js';

/**
 * The SHA-256 of the source the stored copy of this report was imported from, or null when the
 * report is not stored yet. Reports are found by the importer's own natural key: the region's
 * code, the government's and department's names, and the year; one joined SELECT.
 */
export async function storedSourceSha256(em: EntityManager, doc: ReportDocument): Promise<string | null> {
  const path = doc.issuer.government.regionPath;
  const report = await em.findOne(
    Report,
    {
      government: { region: { code: path[path.length - 1].code }, name: doc.issuer.government.name },
      department: doc.issuer.department ? { name: doc.issuer.department } : null,
      year: doc.year,
    },
    { fields: ['sourceSha256'] },
  );
  return report?.sourceSha256 ?? null;
}
