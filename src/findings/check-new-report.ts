import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import { loadLedgerFigures } from '../subgraphs/requests/ledger-figures.js';
import type { CheckInput, ReportFacts } from './facts.js';
import { factsFromDocument } from './facts-from-document.js';
import { type FindingRow, findingRows } from './finding-rows.js';
import { loadReportFacts } from './load-report-facts.js';
import { type ChildGovernment, missingChildren, type PublishingDepartment } from './missing-children.js';
import type { RecentFacts } from './recent-facts.js';
import { runRules } from './run-rules.js';

/** Where a report about to be inserted by the import sits, and which of its parents this import created. */
export interface NewReportPlace {
  reportId: number;
  governmentId: number;
  departmentId: number | null;
  regionId: number;
  parentRegionId: number | null;
  /** Created by this import: it has no other reports, departments' reports or ledger yet. */
  governmentIsNew: boolean;
  /** Created by this import: no region has it as parent yet. */
  regionIsNew: boolean;
}

/** What the check reads about other reports, as newReportContextColumns returns it. */
export interface NewReportContext {
  previous_id: number | null;
  /** factsStamp of last year's report as stored, to tell whether RecentFacts holds it as it is. */
  previous_stamp: string | null;
  child_ids: number[];
  child_governments: ChildGovernment[];
  publishing_departments: PublishingDepartment[];
  /** Reports whose checks read this one: recheck them (recomputeFindings) once it is written. */
  neighbour_ids: number[];
  /** Whether the government has any request case on file: without one there is no ledger to count. */
  keeps_ledger: boolean;
}

/**
 * The check of a report the import is about to insert, as recomputeFindings would run it once the
 * report is stored, with less reading: its own facts come from its document in memory, and its
 * relations to other reports (last year's report, its children, the bodies without a report, the
 * reports that read it) from the columns of newReportContextColumns, which the import reads in
 * the statement that reserves the report's id. Returns its findings, for the INSERT of the report.
 */
export async function checkNewReport(
  em: EntityManager,
  doc: ReportDocument,
  place: NewReportPlace,
  context: NewReportContext,
  recent?: RecentFacts,
): Promise<{ findings: FindingRow[]; facts: ReportFacts }> {
  const own = factsFromDocument(doc, place);
  const remembered = context.previous_id && context.previous_stamp ? recent?.get(context.previous_id, context.previous_stamp) : undefined;
  const related = [...(context.previous_id && !remembered ? [context.previous_id] : []), ...context.child_ids];
  const facts = await loadReportFacts(em, related);
  if (remembered) facts.set(context.previous_id!, remembered);

  const input: CheckInput = { report: own, previous: context.previous_id ? facts.get(context.previous_id)! : null, children: [], missingChildren: [], ledger: null };
  if (place.departmentId === null) {
    const children = context.child_ids.map((id) => facts.get(id)!);
    input.children = children;
    input.missingChildren = missingChildren(
      children.map((c) => ({ governmentId: c.issuer.governmentId, departmentId: c.issuer.departmentId })),
      context.child_governments,
      context.publishing_departments,
    );
    if (context.keeps_ledger) {
      const [counted] = await loadLedgerFigures(em, [{ governmentId: place.governmentId, year: doc.year, format: doc.format, tableVariant: doc.tableVariant }]);
      input.ledger = counted?.kept ? new Map(counted.figures.map((f) => [f.code, f.ledger])) : null;
    }
  }
  return { findings: findingRows(runRules(input), own), facts: own };
}

/**
 * Select-list columns giving a NewReportContext, for what loadCheckInputs and recomputeFindings'
 * neighbours read in six statements, asking only what can exist: under a government this import
 * created there is no other report of it, under a region it created no child government. The
 * reports that read this one are the same body's next year and the parent's reports.
 *
 * Each list is a union of lookups that start from a key (a government, a region's children), so
 * that the cost of a report's import does not grow with the number of reports already stored:
 * written as one query with OR, PostgreSQL read every report of the year, or of all years.
 */
export function newReportContextColumns(doc: ReportDocument, place: Omit<NewReportPlace, 'reportId'>): { columns: string; params: unknown[] } {
  const governmentIssued = place.departmentId === null;
  const sameBody = !place.governmentIsNew;
  const childRegions = governmentIssued && !place.regionIsNew;
  const parentReports = governmentIssued ? place.parentRegionId !== null : sameBody;
  const { governmentId: g, departmentId: d, regionId, parentRegionId } = place;
  const params: unknown[] = [];
  const ids = (name: string, parts: [boolean, string, unknown[]][]) => {
    const asked = parts.filter(([ask]) => ask);
    if (asked.length === 0) return `'[]'::json as ${name}`;
    for (const [, , values] of asked) params.push(...values);
    return `coalesce((select json_agg(id order by id) from (${asked.map(([, sql]) => sql).join(' union ')}) ids), '[]'::json) as ${name}`;
  };

  const lastYear = `from report where government_id = ? and department_id is not distinct from ?::int and year = ?`;
  const previous = sameBody ? `(select id ${lastYear})` : 'null::int';
  const previousStamp = sameBody ? `(select version || ':' || source_sha256 ${lastYear})` : 'null::text';
  if (sameBody) params.push(g, d, doc.year - 1, g, d, doc.year - 1);
  const children = ids('child_ids', [
    [governmentIssued && sameBody, `select id from report where government_id = ? and department_id is not null and year = ?`, [g, doc.year]],
    [
      childRegions,
      `select r.id from region rg join government cg on cg.region_id = rg.id join report r on r.government_id = cg.id and r.department_id is null and r.year = ?
        where rg.parent_id = ?`,
      [doc.year, regionId],
    ],
  ]);
  const childGovernments = childRegions
    ? `coalesce((select json_agg(json_build_object('id', cg.id, 'name', cg.name, 'regionCode', rg.code) order by cg.id)
        from government cg join region rg on rg.id = cg.region_id where rg.parent_id = ?), '[]'::json)`
    : `'[]'::json`;
  if (childRegions) params.push(regionId);
  const publishingDepartments =
    governmentIssued && sameBody
      ? `coalesce((select json_agg(json_build_object('id', dp.id, 'name', dp.name) order by r.id) from report r join department dp on dp.id = r.department_id
          where r.government_id = ?), '[]'::json)`
      : `'[]'::json`;
  if (governmentIssued && sameBody) params.push(g);
  const neighbours = ids('neighbour_ids', [
    [sameBody, `select id from report where government_id = ? and department_id is not distinct from ?::int and year = ?`, [g, d, doc.year + 1]],
    [
      parentReports && governmentIssued,
      `select r.id from government pg join report r on r.government_id = pg.id and r.department_id is null where pg.region_id = ?`,
      [parentRegionId],
    ],
    [parentReports && !governmentIssued, `select id from report where government_id = ? and department_id is null`, [g]],
  ]);
  // Cases are filed against a government, so one created by this import keeps no ledger yet.
  const keepsLedger = governmentIssued && sameBody ? `exists (select 1 from request_case where government_id = ?)` : 'false';
  if (governmentIssued && sameBody) params.push(g);
  const columns = `${previous} as previous_id, ${previousStamp} as previous_stamp, ${children}, ${childGovernments} as child_governments, ${publishingDepartments} as publishing_departments, ${neighbours}, ${keepsLedger} as keeps_ledger`;
  return { columns, params };
}
