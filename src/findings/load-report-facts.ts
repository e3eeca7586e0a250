import type { EntityManager } from '@mikro-orm/core';
import { executeNamed } from '../db/execute-bound.js';
import { Government } from '../subgraphs/directory/government.entity.js';
import { Report } from '../subgraphs/reports/report.entity.js';
import { loadLedgerFigures } from '../subgraphs/requests/ledger-figures.js';
import type { CheckInput, MissingChild, ReportFacts } from './facts.js';
import { missingChildren } from './missing-children.js';

/**
 * Loads what the rules need for many reports in a fixed number of set-based queries, whatever
 * their number: the reports, last year's reports of the same issuers, their children's reports,
 * the child governments and publishing departments, then every involved report's cells, prose
 * figures and sections.
 */

const populateIssuer = { populate: ['government.region', 'department'] as never[], strategy: 'joined' as const };
// In id order, so the children a check lists (and so its fingerprint) do not depend on the plan PostgreSQL picks.
const inIdOrder = { ...populateIssuer, orderBy: { id: 'asc' as const } };

const issuerKey = (r: Report) => `${r.government.id}/${r.department?.id ?? '-'}`;

/**
 * Each report's facts as one JSON row, built by PostgreSQL: the issuer, the cells, the prose
 * figures and the sections. Every report import reads last year's report this way, and reading
 * it as entities and rows cost more CPU than the check itself.
 */
const factsSql = (where: string) => `
  select r.id, r.year, r.version, r.format::text as format, r.table_variant, r.period_start::text as period_start, r.period_end::text as period_end, r.fees,
         json_build_object('governmentId', g.id, 'governmentName', g.name, 'regionCode', rg.code, 'departmentId', r.department_id, 'departmentName', d.name) as issuer,
         coalesce((select json_agg(json_build_object('code', c.code, 'label', c.label, 'unit', c.unit, 'value', c.value, 'raw', c.raw, 'parent', c.parent_code, 'line', c.line)
                                   order by c.ordinal, c.id) from statistics_cell c where c.report_id = r.id), '[]') as cells,
         coalesce((select json_agg(json_build_object('measure', p.measure, 'value', p.value, 'unit', p.unit, 'sentence', p.sentence, 'line', p.line)
                                   order by p.ordinal, p.id) from prose_figure p where p.report_id = r.id), '[]') as prose,
         coalesce((select json_agg(json_build_object('ordinal', s.ordinal, 'heading', s.heading, 'text', s.text, 'startLine', s.line_start)
                                   order by s.ordinal, s.id) from report_section s where s.report_id = r.id), '[]') as sections
    from report r join government g on g.id = r.government_id join region rg on rg.id = g.region_id left join department d on d.id = r.department_id
   where ${where}`;

// One report (an import's last year) by its own statement: PostgreSQL plans `= any(array)` anew on
// every call, since it cannot know the array's length in a generic plan, and that planning took
// as long as building the facts.
const ONE_REPORT_FACTS = factsSql('r.id = ?');
const REPORTS_FACTS = factsSql('r.id = any(?::int[])');

interface FactsRow extends Pick<ReportFacts, 'year' | 'version' | 'format' | 'issuer' | 'cells' | 'prose' | 'sections'> {
  id: number;
  table_variant: string;
  period_start: string | null;
  period_end: string | null;
  fees: ReportFacts['fees'];
}

/** Reports with their cells, prose and sections, as plain facts, keyed by report id; unknown ids are left out. One statement. */
export async function loadReportFacts(em: EntityManager, ids: number[]): Promise<Map<number, ReportFacts>> {
  if (ids.length === 0) return new Map();
  const rows = ids.length === 1 ? await executeNamed<FactsRow>(em, ONE_REPORT_FACTS, ids) : await executeNamed<FactsRow>(em, REPORTS_FACTS, [`{${ids.join(',')}}`]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        reportId: r.id,
        issuer: r.issuer,
        year: r.year,
        version: r.version,
        format: r.format,
        tableVariant: r.table_variant,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        cells: r.cells,
        prose: r.prose,
        sections: r.sections,
        fees: r.fees && { charged: r.fees.charged, statement: r.fees.statement },
      },
    ]),
  );
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

  const facts = await loadReportFacts(em, [...new Set([...targets, ...previous, ...childReports].map((r) => r.id))]);
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
