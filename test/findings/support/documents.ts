import type { ReportDocument } from '../../../src/report-document/report-document.js';

/** Small report documents made up for cross-report tests, imported through the real importer. */

type Region = ReportDocument['issuer']['government']['regionPath'][number];

export const SHANDONG: Region = { code: '370000', name: '山东省', level: 'PROVINCE' };

export interface SyntheticSpec {
  government: string;
  regionPath: Region[];
  department?: string;
  year: number;
  format?: ReportDocument['format'];
  /** code → value; `a.b.total` becomes the parent of `a.b.<column>` when both are given */
  cells: Record<string, number | null>;
  sections?: { heading: string; text: string }[];
}

export function syntheticDocument(spec: SyntheticSpec): ReportDocument {
  const format = spec.format ?? 'TEMPLATE_2021';
  const codes = Object.keys(spec.cells);
  const parentOf = (code: string) => {
    const total = code.replace(/\.[a-z_]+$/, '.total');
    return total !== code && codes.includes(total) ? total : null;
  };
  return {
    issuer: {
      government: { name: spec.government, regionPath: spec.regionPath, portalUrl: null, disclosureOffice: null, disclosurePhone: null },
      department: spec.department ?? null,
    },
    title: `${spec.department ?? spec.government}${spec.year}年政府信息公开工作年度报告`,
    year: spec.year,
    format,
    tableVariant: format === 'REGULATION_2008' ? 'NATIONAL_2014' : 'NATIONAL_TEMPLATE',
    period: null,
    publishedAt: null,
    source: { url: null, file: null, sha256: 'a'.repeat(64), portalUrl: null },
    legalBasis: [],
    officialInCharge: null,
    departments: spec.department ? [{ name: spec.department, kind: 'BUREAU' }] : [],
    sections: (spec.sections ?? []).map((s, i) => ({ ordinal: i + 1, heading: s.heading, text: s.text, lines: { start: i + 1, end: i + 1 } })),
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
    table: {
      title: '统计表',
      cells: codes.map((code, i) => {
        const value = spec.cells[code];
        return { code, label: code, unit: '件', value, raw: value == null ? '' : String(value), parent: parentOf(code), line: 100 + i };
      }),
    },
    prose: [],
  };
}
