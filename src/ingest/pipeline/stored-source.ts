import type { EntityManager } from '@mikro-orm/core';
import { executeNamed } from '../../db/execute-bound.js';
import type { ReportDocument } from '../../report-document/report-document.js';

// Written out rather than built by the ORM's query builder, whose work for this one lookup cost
// more than the statement: the check runs for every file of a folder, changed or not. A named
// statement (executeNamed), since planning it took nine tenths of its time. PostgreSQL keeps the
// generic plan it made while the tables were small (a scan of every government) only until they
// are next analyzed, and a bulk import analyzes them each time they double (AnalyzeAsTablesGrow):
// before it did, the check grew with every report, to 19 ms a report after 1,500 reports.
const GOVERNMENT_REPORT = `select r.source_sha256 from report r
    join government g on g.id = r.government_id join region rg on rg.id = g.region_id
   where rg.code = ? and g.name = ? and r.department_id is null and r.year = ? limit 1`;
const DEPARTMENT_REPORT = `select r.source_sha256 from report r
    join government g on g.id = r.government_id join region rg on rg.id = g.region_id join department d on d.id = r.department_id
   where rg.code = ? and g.name = ? and d.name = ? and r.year = ? limit 1`;

/**
 * The SHA-256 of the source the stored copy of this report was imported from, or null when the
 * report is not stored yet. Reports are found by the importer's own natural key: the region's
 * code, the government's and department's names, and the year; one joined SELECT.
 */
export async function storedSourceSha256(em: EntityManager, doc: ReportDocument): Promise<string | null> {
  const path = doc.issuer.government.regionPath;
  const { department } = doc.issuer;
  const regionCode = path[path.length - 1].code;
  const [report] = department
    ? await executeNamed<{ source_sha256: string | null }>(em, DEPARTMENT_REPORT, [regionCode, doc.issuer.government.name, department, doc.year])
    : await executeNamed<{ source_sha256: string | null }>(em, GOVERNMENT_REPORT, [regionCode, doc.issuer.government.name, doc.year]);
  return report?.source_sha256 ?? null;
}
