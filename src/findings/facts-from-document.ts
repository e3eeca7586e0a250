import type { ReportDocument } from '../report-document/report-document.js';
import type { ReportFacts } from './facts.js';

/**
 * The facts of a report document that is not in the database, for checking a parsed report
 * before (or without) importing it. Ids are the caller's.
 */
export function factsFromDocument(doc: ReportDocument, ids: { reportId: number; governmentId: number; departmentId?: number | null }): ReportFacts {
  const regionPath = doc.issuer.government.regionPath;
  return {
    reportId: ids.reportId,
    issuer: {
      governmentId: ids.governmentId,
      governmentName: doc.issuer.government.name,
      regionCode: regionPath[regionPath.length - 1].code,
      departmentId: ids.departmentId ?? null,
      departmentName: doc.issuer.department,
    },
    year: doc.year,
    version: 1,
    format: doc.format,
    tableVariant: doc.tableVariant,
    periodStart: doc.period?.start ?? null,
    periodEnd: doc.period?.end ?? null,
    cells: doc.table.cells.map(({ code, label, unit, value, raw, parent, line }) => ({ code, label, unit, value, raw, parent, line })),
    prose: doc.prose.map(({ measure, value, unit, sentence, line }) => ({ measure, value, unit, sentence, line })),
    sections: doc.sections.map((s) => ({ ordinal: s.ordinal, heading: s.heading, text: s.text, startLine: s.lines.start })),
    fees: doc.fees && { charged: doc.fees.charged, statement: doc.fees.statement },
  };
}
