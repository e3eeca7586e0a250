import type { EntityManager } from '@mikro-orm/core';
import { findPlain } from '../db/plain-rows.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { ProseFigure } from '../subgraphs/reports/prose-figure.entity.js';
import { ReportSection } from '../subgraphs/reports/report-section.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { StatisticsCell } from '../subgraphs/reports/statistics-cell.entity.js';
import { loadLedgerFigures } from '../subgraphs/requests/ledger-figures.js';
import type { CheckInput, MissingChild, ReportFacts } from './facts.js';
import { missingChildren } from './missing-children.js';

/**
 * Loads what the rules need for many reports in a fixed number of set-based queries, whatever
 * their number: the reports, last year's reports of the same issuers, their children's reports,
 * the child governments and publishing departments, then every involved report's cells, prose
 * figures and sections.
 */

export const populateIssuer = { populate: ['government.region', 'department'] as never[], strategy: 'joined' as const };
// In id order, so the children a check lists (and so its fingerprint) do not depend on the plan PostgreSQL picks.
const inIdOrder = { ...populateIssuer, orderBy: { id: 'asc' as const } };

const issuerKey = (r: Report) => `${r.government.id}/${r.department?.id ?? '-'}`;

/** Reports with their cells, prose and sections, as plain facts, keyed by report id. */
export async function loadReportFacts(em: EntityManager, reports: Report[]): Promise<Map<number, ReportFacts>> {
  const ids = reports.map((r) => r.id);
  // One after another: the EntityManager may be inside the importer's transaction, on one connection.
  // Plain rows, not entities: they are copied into facts at once, and a report's hundreds of
  // cells as managed entities cost an import more CPU than all its SQL.
  const order = { orderBy: [{ ordinal: 'asc' as const }, { id: 'asc' as const }] };
  const cells = await findPlain(em, StatisticsCell, { report: { $in: ids } }, order);
  const prose = await findPlain(em, ProseFigure, { report: { $in: ids } }, order);
  const sections = await findPlain(em, ReportSection, { report: { $in: ids } }, order);
  const facts = new Map<number, ReportFacts>();
  for (const r of reports) {
    const government = r.government.getEntity();
    facts.set(r.id, {
      reportId: r.id,
      issuer: {
        governmentId: government.id,
        governmentName: government.name,
        regionCode: government.region.getEntity().code,
        departmentId: r.department?.id ?? null,
        departmentName: r.department?.getEntity().name ?? null,
      },
      year: r.year,
      version: r.version,
      format: r.format,
      tableVariant: r.tableVariant,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      cells: [],
      prose: [],
      sections: [],
      fees: r.fees && { charged: r.fees.charged, statement: r.fees.statement },
    });
  }
  for (const c of cells) facts.get(c.report.id)?.cells.push({ code: c.code, label: c.label, unit: c.unit, value: c.value, raw: c.raw, parent: c.parentCode, line: c.line });
  for (const p of prose) facts.get(p.report.id)?.prose.push({ measure: p.measure, value: p.value, unit: p.unit, sentence: p.sentence, line: p.line });
  for (const s of sections) facts.get(s.report.id)?.sections.push({ ordinal: s.ordinal, heading: s.heading, text: s.text, startLine: s.lineStart });
  return facts;
}

/** The rules' input for each of `reportIds`, in the order given (unknown ids are skipped). */
export async function loadCheckInputs(em: EntityManager, reportIds: number[]): Promise<CheckInput[]> {
  if (reportIds.length === 0) return [];
  const targets = await em.find(Report, { id: { $in: reportIds } }, populateIssuer);
  if (targets.length === 0) return [];

  const previous = await em.find(
    Report,
    { $or: targets.map((r) => ({ government: r.government.id, department: r.department?.id ?? null, year: r.year - 1 })) },
    populateIssuer,
  );

  // Children exist only for government-issued reports: their departments' reports and their child regions' governments' reports.
  const parents = targets.filter((r) => r.department === null);
  const governmentIds = [...new Set(parents.map((r) => r.government.id))];
  const regionIds = [...new Set(parents.map((r) => r.government.getEntity().region.id))];
  const years = [...new Set(parents.map((r) => r.year))];
  let childReports: Report[] = [];
  let childGovernments: Government[] = [];
  let publishingDepartments: Report[] = [];
  if (parents.length > 0) {
    childReports = await em.find(Report, {
      year: { $in: years },
      $or: [{ government: { $in: governmentIds }, department: { $ne: null } }, { department: null, government: { region: { parent: { $in: regionIds } } } }],
    }, inIdOrder);
    childGovernments = await em.find(Government, { region: { parent: { $in: regionIds } } }, { populate: ['region'] as never[], strategy: 'joined', orderBy: { id: 'asc' } });
    // Departments count as children once they have published a report of any year.
    publishingDepartments = await em.find(Report, { government: { $in: governmentIds }, department: { $ne: null } }, inIdOrder);
  }

  const facts = await loadReportFacts(em, uniqueById([...targets, ...previous, ...childReports]));
  const ledgers = await loadLedgers(em, targets);
  const previousByIssuer = new Map(previous.map((r) => [`${issuerKey(r)}/${r.year + 1}`, r.id]));
  const byId = new Map(targets.map((r) => [r.id, r]));

  return reportIds.flatMap((id) => {
    const report = byId.get(id);
    if (!report) return [];
    const own = facts.get(id)!;
    const previousId = previousByIssuer.get(`${issuerKey(report)}/${report.year}`);
    const input: CheckInput = { report: own, previous: previousId ? facts.get(previousId)! : null, children: [], missingChildren: [], ledger: ledgers.get(id) ?? null };
    if (report.department !== null) return [input];

    const regionId = report.government.getEntity().region.id;
    const isChild = (r: Report) =>
      r.year === report.year &&
      (r.department !== null ? r.government.id === report.government.id : r.government.getEntity().region.getEntity().parent?.id === regionId);
    const children = childReports.filter(isChild);
    input.children = children.map((r) => facts.get(r.id)!);
    input.missingChildren = missingChildrenOf(report, regionId, children, childGovernments, publishingDepartments);
    return [input];
  });
}

function missingChildrenOf(report: Report, regionId: number, children: Report[], childGovernments: Government[], publishers: Report[]): MissingChild[] {
  return missingChildren(
    children.map((r) => ({ governmentId: r.government.id, departmentId: r.department?.id ?? null })),
    childGovernments
      .filter((g) => g.region.getEntity().parent?.id === regionId)
      .map((g) => ({ id: g.id, name: g.name, regionCode: g.region.getEntity().code })),
    publishers
      .filter((r) => r.department && r.government.id === report.government.id)
      .map((r) => ({ id: r.department!.id, name: r.department!.getEntity().name })),
  );
}

/** The ledger's count of each table figure, for the government-issued reports among `reports` whose government keeps one for the year. */
async function loadLedgers(em: EntityManager, reports: Report[]): Promise<Map<number, Map<string, number>>> {
  const own = reports.filter((r) => r.department === null);
  const figures = await loadLedgerFigures(em, own.map((r) => ({ governmentId: r.government.id, year: r.year, format: r.format, tableVariant: r.tableVariant })));
  return new Map(own.flatMap((report, i) => {
    const counted = figures[i];
    return counted?.kept ? [[report.id, new Map(counted.figures.map((f) => [f.code, f.ledger]))] as const] : [];
  }));
}

const uniqueById = (reports: Report[]) => [...new Map(reports.map((r) => [r.id, r])).values()];
