import type { EntityManager } from '@mikro-orm/core';
import { executeBound } from '../db/execute-bound.js';
import type { ReportDocument } from '../report-document/report-document.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { loadLedgerFigures } from '../subgraphs/requests/ledger-figures.js';
import type { CheckInput, ReportFacts } from './facts.js';
import { factsFromDocument } from './facts-from-document.js';
import { insertFindings } from './insert-findings.js';
import { loadReportFacts, populateIssuer } from './load-report-facts.js';
import { type ChildGovernment, missingChildren, type PublishingDepartment } from './missing-children.js';
import { recomputeFindings } from './recompute-findings.js';
import { runRules } from './run-rules.js';

/** Where a report just inserted by the import sits, and which of its parents this import created too. */
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

interface Context {
  previous_id: number | null;
  child_ids: number[];
  child_governments: ChildGovernment[];
  publishing_departments: PublishingDepartment[];
  neighbour_ids: number[];
}

/**
 * The findings of a report the import has just inserted, and those of the reports whose checks
 * read it, in the import's transaction. The same checks as recomputeFindings, with less reading:
 * the report's own facts come from its document in memory instead of being read back, its
 * relations to other reports (last year's, its children, the bodies without a report, the
 * reports that read it) come in one statement, skipped where this import created the parent,
 * and its findings go in with one INSERT.
 */
export async function checkNewReport(em: EntityManager, doc: ReportDocument, place: NewReportPlace): Promise<void> {
  const own = factsFromDocument(doc, place);
  const context = await loadContext(em, doc, place);
  const related = [...(context.previous_id ? [context.previous_id] : []), ...context.child_ids];
  const facts = related.length > 0 ? await loadReportFacts(em, await em.find(Report, { id: { $in: related } }, populateIssuer)) : new Map<number, ReportFacts>();

  const input: CheckInput = { report: own, previous: context.previous_id ? facts.get(context.previous_id)! : null, children: [], missingChildren: [], ledger: null };
  if (place.departmentId === null) {
    const children = context.child_ids.map((id) => facts.get(id)!);
    input.children = children;
    input.missingChildren = missingChildren(
      children.map((c) => ({ governmentId: c.issuer.governmentId, departmentId: c.issuer.departmentId })),
      context.child_governments,
      context.publishing_departments,
    );
    // Cases are filed against a government, so one created by this import keeps no ledger yet.
    if (!place.governmentIsNew) {
      const [counted] = await loadLedgerFigures(em, [{ governmentId: place.governmentId, year: doc.year, format: doc.format, tableVariant: doc.tableVariant }]);
      input.ledger = counted?.kept ? new Map(counted.figures.map((f) => [f.code, f.ledger])) : null;
    }
  }
  await insertFindings(em, place.reportId, own.version, runRules(input));
  if (context.neighbour_ids.length > 0) await recomputeFindings(em, context.neighbour_ids, { neighbours: false });
}

const NOTHING: Context = { previous_id: null, child_ids: [], child_governments: [], publishing_departments: [], neighbour_ids: [] };

/**
 * One statement for what loadCheckInputs and recomputeFindings' neighbours read in six, asking
 * only what can exist: under a government this import created there is no other report of it.
 * The reports that read this one are the same body's next year and the parent's reports.
 */
async function loadContext(em: EntityManager, doc: ReportDocument, place: NewReportPlace): Promise<Context> {
  const governmentIssued = place.departmentId === null;
  const sameBody = !place.governmentIsNew;
  const childRegions = governmentIssued && !place.regionIsNew;
  const parentReports = governmentIssued ? place.parentRegionId !== null : sameBody;
  if (!sameBody && !childRegions && !parentReports) return NOTHING;

  const { governmentId: g, departmentId: d, regionId, parentRegionId, reportId } = place;
  const none = `null`;
  const emptyList = `'[]'::json`;
  const sql = `select
    ${sameBody ? `(select id from report where government_id = ? and department_id is not distinct from ?::int and year = ?)` : none} as previous_id,
    ${governmentIssued && (sameBody || childRegions) ? `coalesce((select json_agg(r.id order by r.id) from report r join government g on g.id = r.government_id join region rg on rg.id = g.region_id
        where r.year = ? and ((r.government_id = ? and r.department_id is not null) or (r.department_id is null and rg.parent_id = ?))), '[]'::json)` : emptyList} as child_ids,
    ${childRegions ? `coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name, 'regionCode', rg.code) order by g.id)
        from government g join region rg on rg.id = g.region_id where rg.parent_id = ?), '[]'::json)` : emptyList} as child_governments,
    ${governmentIssued && sameBody ? `coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name) order by r.id) from report r join department d on d.id = r.department_id
        where r.government_id = ?), '[]'::json)` : emptyList} as publishing_departments,
    coalesce((select json_agg(r.id order by r.id) from report r where r.id <> ? and (
        ${sameBody ? `(r.government_id = ? and r.department_id is not distinct from ?::int and r.year = ?)` : 'false'}
        or ${parentReports ? (governmentIssued ? `(r.department_id is null and r.government_id in (select id from government where region_id = ?))` : `(r.government_id = ? and r.department_id is null)`) : 'false'}
      )), '[]'::json) as neighbour_ids`;
  const params: unknown[] = [];
  if (sameBody) params.push(g, d, doc.year - 1);
  if (governmentIssued && (sameBody || childRegions)) params.push(doc.year, sameBody ? g : -1, childRegions ? regionId : -1);
  if (childRegions) params.push(regionId);
  if (governmentIssued && sameBody) params.push(g);
  params.push(reportId);
  if (sameBody) params.push(g, d, doc.year + 1);
  if (parentReports) params.push(governmentIssued ? parentRegionId : g);
  const [row] = await executeBound<Context>(em, sql, params);
  return row;
}
