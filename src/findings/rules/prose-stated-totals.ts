import { cellMap, type CellFact, type CheckInput, type ProseFact } from '../facts.js';
import { cellRef, proseRef, sum } from '../check-helpers.js';
import type { CheckOutcome, Rule } from '../rule.js';

/**
 * Prose totals with no cell of their own, against the cells they can only be the sum of. The prose
 * parsers give such figures `_stated` measures rather than guess a cell (formats.md §2.5): 收到申请
 * may be 本年新收 alone or 本年新收 + 上年结转; 不予公开, 无法提供 and 不予处理 are categories of
 * several rows; 行政复议、行政诉讼 together span section 四's groups. A figure that matches no
 * reading is often copied from one cell, which the finding then names.
 */

const ORG_COLUMNS = ['commercial', 'research', 'public_interest', 'legal_service', 'other_org'];
const APPLICANT_COLUMNS = ['natural_person', ...ORG_COLUMNS, 'total'];

/** Rows of section 三 by key, or by key prefix when the key ends with a dot. */
type Readings = string[][];

const APPLICATION_TOTALS: Record<string, Readings> = {
  'applications.received_stated': [['new_received'], ['new_received', 'carried_over']],
  'applications.granted_and_partially_stated': [['granted', 'partially_granted']],
  'applications.withheld_stated': [['withheld.']],
  'applications.unavailable_stated': [['unavailable.']],
  'applications.not_processed_stated': [['not_processed.']],
  'applications.other_stated': [['other.']],
};

const CELL_TOTALS: Record<string, Readings> = {
  'appeals.litigation_stated': [['appeals.litigation_direct.total', 'appeals.litigation_after_reconsideration.total']],
  'appeals.total_stated': [['appeals.reconsideration.total', 'appeals.litigation_direct.total', 'appeals.litigation_after_reconsideration.total']],
  reconsiderations_and_litigation: [['reconsiderations', 'litigation']],
};

/** The cell codes one reading of a prose figure adds up, or null when the measure is not a stated total. */
function readingsOf(measure: string, cells: CellFact[]): string[][] | null {
  if (CELL_TOTALS[measure]) return CELL_TOTALS[measure];
  const base = Object.keys(APPLICATION_TOTALS).find((b) => measure === b || measure.startsWith(`${b}.`));
  if (!base) return null;
  const column = measure.slice(base.length + 1) || 'total';
  const columns = column === 'legal_person_or_other' ? ORG_COLUMNS : APPLICANT_COLUMNS.includes(column) ? [column] : null;
  if (!columns) return null;
  return APPLICATION_TOTALS[base].map((rows) =>
    rows.flatMap((row) => {
      const keys = row.endsWith('.')
        ? [...new Set(cells.map((c) => /^applications\.(.+)\.[a-z_]+$/.exec(c.code)?.[1]).filter((k): k is string => !!k && k.startsWith(row)))]
        : [row];
      return keys.flatMap((key) => columns.map((col) => `applications.${key}.${col}`));
    }),
  );
}

function checkStated(figure: ProseFact, readings: string[][], report: CheckInput['report']): CheckOutcome | null {
  const byCode = cellMap(report);
  const sums = readings
    .map((codes) => codes.flatMap((code) => byCode.get(code) ?? []))
    .filter((cells) => cells.length > 0 && cells.some((c) => c.value != null))
    .map((cells) => ({ cells, total: sum(cells.map((c) => c.value ?? 0)) }));
  if (sums.length === 0) return null;
  const match = sums.find((s) => s.total === figure.value);
  if (match) {
    return {
      holds: true,
      expected: match.total,
      actual: figure.value,
      message: `The prose states ${figure.value}${figure.unit}, the sum of ${match.cells.length} table cell(s)`,
      involved: [proseRef(figure), ...match.cells.map((c) => cellRef(c))],
    };
  }
  const section = figure.measure.startsWith('appeals') ? 'appeals.' : figure.measure.startsWith('applications') ? 'applications.' : '';
  const copiedFrom = report.cells.find((c) => c.value === figure.value && c.value !== 0 && c.code.startsWith(section));
  return {
    holds: false,
    expected: sums[0].total,
    actual: figure.value,
    message:
      `The prose states ${figure.value}${figure.unit}; the table gives ${sums.map((s) => s.total).join(' or ')}` +
      (copiedFrom ? `, and ${figure.value} is the single cell ${copiedFrom.label}` : ''),
    involved: [proseRef(figure), ...sums[0].cells.map((c) => cellRef(c)), ...(copiedFrom ? [cellRef(copiedFrom)] : [])],
  };
}

export const proseStatedTotalRules: Rule[] = [
  {
    id: 'prose-table.stated-total',
    version: 1,
    family: 'PROSE_VS_TABLE',
    severity: 'ERROR',
    description: {
      en: 'A total the prose states that spans several cells (applications received, withheld, unavailable, not processed; reconsiderations and lawsuits together) equals their sum under one of its readings (收到 may or may not include 上年结转)',
      zh: '正文所述跨多个单元格的合计（收到申请、不予公开、无法提供、不予处理、复议诉讼合计等）与统计表相应单元格之和一致（“收到”可含或不含上年结转）',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      return report.prose.flatMap((figure) => {
        const readings = figure.unit === '%' ? null : readingsOf(figure.measure, report.cells);
        return (readings && checkStated(figure, readings, report)) ?? [];
      });
    },
  },
];
