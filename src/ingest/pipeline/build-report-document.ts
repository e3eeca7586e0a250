import { relative } from 'node:path';
import { extractChannelAccounts } from '../../parsers/narrative/channel-accounts.js';
import { extractChannelFigures } from '../../parsers/narrative/channel-figures.js';
import { extractCitedDocuments, issuingDepartments } from '../../parsers/narrative/cited-documents.js';
import { extractNarrative } from '../../parsers/narrative/narrative.js';
import { extractPilot, pilotLeadDepartments } from '../../parsers/narrative/pilot.js';
import { extractWorkPoints } from '../../parsers/narrative/work-points.js';
import { parseStatisticsTable } from '../../parsers/parse-statistics-table.js';
import { extractProseFigures } from '../../parsers/prose/extract-prose-figures.js';
import { parseReportDocument } from '../../report-document/load-report-document.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import type { ReportText } from '../sources/report-source.js';
import { departmentKindOf } from './department-kind.js';
import { readReportMetadata } from './report-metadata.js';
import { findLineSections } from './report-sections.js';

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
 * table, the prose figures and, for 2008-era reports, the narrative parts (documents, key domains,
 * work points, channels and accounts, pilot, stated facts). The 2019+ templates' narrative is not
 * read yet and is left empty, so importing stores what is known.
 * Throws the parsers' errors (TableParseError, ReportMetadataError) and ReportDocumentError.
 */
export function buildReportDocument(text: string, origin: ReportText['origin'], issuer: ReportIssuer): ReportDocument {
  const metadata = readReportMetadata(text);
  const table = parseStatisticsTable(text);
  const prose = extractProseFigures(text, table.format).filter((figure) => figure.measure !== 'unclassified');
  const department = issuer.department ?? null;
  // The narrative readers work on whole lines; a flattened text is all preamble to them.
  const narrative = table.format === 'REGULATION_2008' ? readNarrative(text, findLineSections(text)) : null;
  const departments = narrative?.departments ?? [];
  if (department && !departments.some((d) => d.name === department)) departments.unshift({ name: department, kind: departmentKindOf(department) });
  const document: ReportDocument = {
    issuer: {
      government: {
        name: issuer.governmentName ?? metadata.issuingBody,
        regionPath: issuer.regionPath,
        portalUrl: narrative?.facts.government.portalUrl ?? null,
        disclosureOffice: narrative?.facts.government.disclosureOffice ?? null,
        disclosurePhone: narrative?.facts.government.disclosurePhone ?? null,
      },
      department,
    },
    title: metadata.title,
    year: metadata.year,
    format: table.format,
    tableVariant: table.tableVariant,
    period: metadata.period,
    publishedAt: metadata.publishedAt,
    source: {
      url: origin.kind === 'url' ? origin.location : null,
      // Relative, as in seeds/, so a document does not carry one machine's folder layout.
      file: origin.kind === 'file' ? relative(process.cwd(), origin.location).split('\\').join('/') : null,
      sha256: origin.sha256,
      portalUrl: narrative?.facts.source.portalUrl ?? null,
    },
    legalBasis: narrative?.facts.legalBasis ?? [],
    officialInCharge: narrative?.facts.officialInCharge ?? null,
    departments,
    sections: metadata.sections,
    workPoints: narrative?.workPoints ?? [],
    documents: narrative?.documents ?? [],
    keyDomains: narrative?.keyDomains ?? [],
    channels: narrative?.channels ?? [],
    channelAccounts: narrative?.channelAccounts ?? [],
    interpretationColumn: narrative?.facts.interpretationColumn ?? null,
    fees: narrative?.facts.fees ?? null,
    confidentialityReview: narrative?.facts.confidentialityReview ?? null,
    publicInstitutions: narrative?.facts.publicInstitutions ?? null,
    problems: narrative?.facts.problems ?? [],
    nextSteps: narrative?.facts.nextSteps ?? [],
    pilot: narrative?.pilot ?? null,
    table: { title: table.title ?? '', cells: table.cells },
    prose,
  };
  // The schema's cross-checks (unique codes, resolvable parents) catch a parser's slip here,
  // before anything reaches the database.
  return parseReportDocument(document, origin.location);
}

/** The narrative parts of a 2008-era report, read from its sections. */
function readNarrative(text: string, sections: ReportDocument['sections']) {
  const { documents, keyDomains } = extractCitedDocuments(text, sections);
  return {
    facts: extractNarrative(text, sections),
    documents,
    keyDomains,
    departments: issuingDepartments(documents, pilotLeadDepartments(sections)),
    workPoints: extractWorkPoints(text, sections),
    channels: extractChannelFigures(text, sections),
    channelAccounts: extractChannelAccounts(text, sections),
    pilot: extractPilot(text, sections),
  };
}
