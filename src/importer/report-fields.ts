import type { EntityManager } from '@mikro-orm/core';
import type { ReportDocument } from '../report-document/report-document.js';
import { Report, type ReportFormat } from '../subgraphs/reports/report.entity.js';

/** The report row's own columns, as the document gives them. */
export function reportFields(doc: ReportDocument) {
  return {
    title: doc.title,
    format: doc.format as ReportFormat,
    tableVariant: doc.tableVariant,
    periodStart: doc.period?.start ?? null,
    periodEnd: doc.period?.end ?? null,
    publishedAt: doc.publishedAt,
    sourceUrl: doc.source.url,
    sourceFile: doc.source.file,
    sourceSha256: doc.source.sha256,
    portalUrl: doc.source.portalUrl,
    legalBasis: doc.legalBasis,
    officialName: doc.officialInCharge?.name ?? null,
    officialTitle: doc.officialInCharge?.title ?? null,
    interpretationColumn: doc.interpretationColumn && { name: doc.interpretationColumn.name, examples: doc.interpretationColumn.examples },
    fees: doc.fees && { charged: doc.fees.charged, statement: doc.fees.statement },
    confidentialityReview: doc.confidentialityReview && {
      principles: doc.confidentialityReview.principles,
      measures: doc.confidentialityReview.measures,
      accountsPerUnit: doc.confidentialityReview.accountsPerUnit,
    },
    publicInstitutions: doc.publicInstitutions && {
      columnName: doc.publicInstitutions.columnName,
      count: doc.publicInstitutions.count,
      named: doc.publicInstitutions.named,
    },
    problems: doc.problems,
    nextSteps: doc.nextSteps,
  };
}

/** The same fields under their column names, for the SQL that writes a new report past the ORM. */
export function reportColumns(em: EntityManager, doc: ReportDocument): Record<string, unknown> {
  const meta = em.getMetadata().get(Report.name);
  return Object.fromEntries(Object.entries(reportFields(doc)).map(([property, value]) => [meta.properties[property as keyof Report].fieldNames[0], value]));
}
