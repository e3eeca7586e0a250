import { relative } from 'node:path';
import { parseStatisticsTable } from '../../parsers/parse-statistics-table.js';
import { extractProseFigures } from '../../parsers/prose/extract-prose-figures.js';
import { parseReportDocument } from '../../report-document/load-report-document.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import type { ReportText } from '../sources/report-source.js';
import { departmentKindOf } from './department-kind.js';
import { readReportMetadata } from './report-metadata.js';

/**
 * Who issued a report, as the caller knows it: the text names its issuer but cannot give the
 * GB/T 2260 codes of its region, nor tell a government from one of its departments reliably.
 */
export interface ReportIssuer {
  /** Defaults to the issuing body named in the title. */
  governmentName?: string;
  regionPath: ReportDocument['issuer']['government']['regionPath'];
  /** Set when a department of the government, not the government itself, issued the report. */
  department?: string | null;
}

/**
 * The canonical document of one report read from its text: metadata and sections, the statistics
 * table and the prose figures. What no reader extracts yet (work points, documents, key domains,
 * channels, accounts, pilot, narrative) is left empty, so importing it stores what is known.
 * Throws the parsers' errors (TableParseError, ReportMetadataError) and ReportDocumentError.
 */
export function buildReportDocument(text: string, origin: ReportText['origin'], issuer: ReportIssuer): ReportDocument {
  const metadata = readReportMetadata(text);
  const table = parseStatisticsTable(text);
  const prose = extractProseFigures(text, table.format).filter((figure) => figure.measure !== 'unclassified');
  const department = issuer.department ?? null;
  const document: ReportDocument = {
    issuer: {
      government: {
        name: issuer.governmentName ?? metadata.issuingBody,
        regionPath: issuer.regionPath,
        portalUrl: null,
        disclosureOffice: null,
        disclosurePhone: null,
      },
      department,
    },
    title: metadata.title,
    year: metadata.year,
    format: table.format,
    tableVariant: table.tableVariant,
    period: metadata.period,
    publishedAt: null,
    source: {
      url: origin.kind === 'url' ? origin.location : null,
      // Relative, as in seeds/, so a document does not carry one machine's folder layout.
      file: origin.kind === 'file' ? relative(process.cwd(), origin.location).split('\\').join('/') : null,
      sha256: origin.sha256,
      portalUrl: null,
    },
    legalBasis: [],
    officialInCharge: null,
    departments: department ? [{ name: department, kind: departmentKindOf(department) }] : [],
    sections: metadata.sections,
    workPoints: [],
    documents: [],
    keyDomains: [],
    channels: [],
    channelAccounts: [],
    interpretationColumn: null,
    fees: null,
    confidentialityReview: null,
    publicInstitutions: null,
    problems: [],
    nextSteps: [],
    pilot: null,
    table: { title: table.title ?? '', cells: table.cells },
    prose,
  };
  // The schema's cross-checks (unique codes, resolvable parents) catch a parser's slip here,
  // before anything reaches the database.
  return parseReportDocument(document, origin.location);
}
