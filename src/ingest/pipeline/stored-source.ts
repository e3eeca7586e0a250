import type { EntityManager } from '@mikro-orm/core';
import { executeBound } from '../../db/execute-bound.js';
import type { ReportDocument } from '../../report-document/report-document.js';

// Written out rather than built by the ORM's query builder, whose work for this one lookup cost
// more than the statement: the check runs for every file of a folder, changed or not. Not a named
// statement (executeNamed): PostgreSQL would keep a generic plan made while the tables were small
// (a scan of every government), and during a bulk import into a new database the check then grew
// with every report, to 19 ms a report after 1,500 reports. Planned anew each time, it stays at 0.5 ms.
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
    ? await executeBound<{ source_sha256: string | null }>(em, DEPARTMENT_REPORT, [regionCode, doc.issuer.government.name, department, doc.year])
    : await executeBound<{ source_sha256: string | null }>(em, GOVERNMENT_REPORT, [regionCode, doc.issuer.government.name, doc.year]);
  return report?.source_sha256 ?? null;
}
