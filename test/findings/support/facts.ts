import type { CellFact, CheckInput, ProseFact, ReportFacts, SectionFact } from '../../../src/findings/facts.js';

/** Hand-built report facts for unit tests of the rules: only what a test names is set. */

export interface FactsSpec {
  year?: number;
  format?: ReportFacts['format'];
  tableVariant?: string;
  /** code → value; a code's parent is given with `parents` */
  cells?: Record<string, number | null>;
  parents?: Record<string, string>;
  prose?: Partial<ProseFact>[];
  sections?: Partial<SectionFact>[];
  fees?: ReportFacts['fees'];
  period?: [string, string];
  reportId?: number;
  name?: string;
}

export function facts(spec: FactsSpec = {}): ReportFacts {
  const cells: CellFact[] = Object.entries(spec.cells ?? {}).map(([code, value], index) => ({
    code, label: code, unit: null, value, raw: value == null ? '' : String(value), parent: spec.parents?.[code] ?? null, line: index + 1,
  }));
  return {
    reportId: spec.reportId ?? 1,
    issuer: { governmentId: 1, governmentName: spec.name ?? '测试县人民政府', regionCode: '379901', departmentId: null, departmentName: null },
    year: spec.year ?? 2020,
    version: 1,
    format: spec.format ?? 'REGULATION_2008',
    tableVariant: spec.tableVariant ?? (spec.format && spec.format !== 'REGULATION_2008' ? 'NATIONAL_TEMPLATE' : 'NATIONAL_2014'),
    periodStart: spec.period?.[0] ?? null,
    periodEnd: spec.period?.[1] ?? null,
    cells,
    prose: (spec.prose ?? []).map((p, index) => ({ measure: 'x', value: 0, unit: '件', sentence: `句子${index}。`, line: 1, ...p })),
    sections: (spec.sections ?? []).map((s, index) => ({ ordinal: index + 1, heading: '章节', text: '', startLine: index + 1, ...s })),
    fees: spec.fees ?? null,
  };
}

/** Children of `code`: each given code gets `code` as its parent. */
export const under = (code: string, ...children: string[]) => Object.fromEntries(children.map((c) => [c, code]));

export const input = (report: ReportFacts, extra: Partial<CheckInput> = {}): CheckInput => ({ report, previous: null, children: [], missingChildren: [], ...extra });
