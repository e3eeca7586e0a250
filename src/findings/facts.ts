/**
 * The plain, in-memory view of a report that consistency rules read. It is loaded from the
 * database in a few set-based queries (load-report-facts.ts) or built from a report document
 * (facts-from-document.ts), so imported, seeded and synthetic reports are all checked alike and
 * rules stay pure functions testable without a database.
 */

export type ReportFormatName = 'REGULATION_2008' | 'TEMPLATE_2019' | 'TEMPLATE_2021';

/** One statistics-table cell, as printed. */
export interface CellFact {
  code: string;
  label: string;
  unit: string | null;
  /** null when the cell is blank or not a number */
  value: number | null;
  raw: string;
  parent: string | null;
  line: number;
}

/** One figure stated in the prose, with its sentence. */
export interface ProseFact {
  measure: string;
  value: number;
  unit: string;
  sentence: string;
  line: number;
}

export interface SectionFact {
  ordinal: number;
  heading: string;
  text: string;
  startLine: number;
}

/** Who issued a report: a government, or one of its departments. */
export interface IssuerFacts {
  governmentId: number;
  governmentName: string;
  regionCode: string;
  departmentId: number | null;
  departmentName: string | null;
}

export interface ReportFacts {
  reportId: number;
  issuer: IssuerFacts;
  year: number;
  /** Version of the report's figures these facts are (1 until corrected or re-imported with changes). */
  version: number;
  format: ReportFormatName;
  tableVariant: string;
  periodStart: string | null;
  periodEnd: string | null;
  cells: CellFact[];
  prose: ProseFact[];
  sections: SectionFact[];
  /** The fees statement of a 2008-era report (收费及减免情况), where read. */
  fees: { charged: boolean; statement: string } | null;
}

/** A body that should have contributed to a compiled report but has no report for the year. */
export interface MissingChild {
  kind: 'GOVERNMENT' | 'DEPARTMENT';
  name: string;
  regionCode: string | null;
}

/** Everything the rules see for one report: itself, last year's report of the same issuer, and its children's. */
export interface CheckInput {
  report: ReportFacts;
  previous: ReportFacts | null;
  /** Reports of the same year by the issuer's departments and by the governments of its child regions. */
  children: ReportFacts[];
  /** Child governments, and departments known to publish reports, with no report for the year. */
  missingChildren: MissingChild[];
  /**
   * The issuing government's ledger counted in the report's table codes, for a government's
   * 2008-format report whose government keeps a ledger for the year; absent otherwise.
   */
  ledger?: Map<string, number> | null;
}

/** Built once per cells array (a dozen rules ask for it), again only if cells were added since. */
const cellMaps = new WeakMap<CellFact[], { size: number; byCode: ReadonlyMap<string, CellFact> }>();

export function cellMap(report: ReportFacts): ReadonlyMap<string, CellFact> {
  const kept = cellMaps.get(report.cells);
  if (kept && kept.size === report.cells.length) return kept.byCode;
  const byCode = new Map(report.cells.map((c) => [c.code, c]));
  cellMaps.set(report.cells, { size: report.cells.length, byCode });
  return byCode;
}
