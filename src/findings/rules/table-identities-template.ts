import { cellMap, type CellFact, type CheckInput } from '../facts.js';
import { cellRef, sumCheck } from '../check-helpers.js';
import type { CheckOutcome, Rule } from '../rule.js';

/**
 * Identities of the 2019 and 2021 templates (formats.md §2.5): section 三 per column and per row,
 * section 四 per group. Codes are `applications.<row>.<column>` and `appeals.<group>.<outcome>`.
 */

const isTemplate = ({ report }: CheckInput) => report.format === 'TEMPLATE_2019' || report.format === 'TEMPLATE_2021';

const APPLICANT_COLUMNS = ['natural_person', 'commercial', 'research', 'public_interest', 'legal_service', 'other_org', 'total'] as const;
const COLUMN_LABELS: Record<(typeof APPLICANT_COLUMNS)[number], string> = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  public_interest: '社会公益组织',
  legal_service: '法律服务机构',
  other_org: '其他',
  total: '总计',
};
/** Rows of section 三 that are not results of handling. */
const FLOW_ROWS = new Set(['new_received', 'carried_over', 'total_processed', 'carried_forward']);

const applicationCell = (code: string) => {
  const match = /^applications\.(.+)\.([a-z_]+)$/.exec(code);
  return match ? { row: match[1], column: match[2] } : null;
};

/** Result rows of one column (予以公开 … 其他处理), in printed order. */
function resultCells(cells: CellFact[], column: string): CellFact[] {
  return cells.filter((c) => {
    const parsed = applicationCell(c.code);
    return parsed !== null && parsed.column === column && !FLOW_ROWS.has(parsed.row);
  });
}

function perColumn(check: (column: string, label: string) => CheckOutcome | null): CheckOutcome[] {
  return APPLICANT_COLUMNS.flatMap((column) => check(column, COLUMN_LABELS[column]) ?? []);
}

export const tableIdentityRulesTemplate: Rule[] = [
  {
    id: 'table.template.applications-flow',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: '2019+ template, section 三, each column: new applications + carried over = total handled + carried forward, as the table header itself says',
      zh: '2019年后格式第三部分各列：本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理（表头注明的勾稽关系）',
    },
    check(input) {
      if (!isTemplate(input)) return [];
      const byCode = cellMap(input.report);
      return perColumn((column, label) => {
        const get = (row: string) => byCode.get(`applications.${row}.${column}`);
        const [received, carriedOver, handled, carriedForward] = [get('new_received'), get('carried_over'), get('total_processed'), get('carried_forward')];
        if (!received || !handled || received.value == null || handled.value == null) return null;
        const left = (received.value ?? 0) + (carriedOver?.value ?? 0);
        const right = (handled.value ?? 0) + (carriedForward?.value ?? 0);
        return {
          holds: left === right,
          expected: left,
          actual: right,
          message: `${label}: new ${received.value} + carried over ${carriedOver?.value ?? 'blank'} = ${left} ${left === right ? '=' : '≠'} handled ${handled.value} + carried forward ${carriedForward?.value ?? 'blank'} = ${right}`,
          involved: [received, carriedOver, handled, carriedForward].flatMap((c) => (c ? [cellRef(c)] : [])),
        };
      });
    },
  },
  {
    id: 'table.template.results-total',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: '2019+ template, section 三, each column: the total handled (总计) equals the sum of the result rows',
      zh: '2019年后格式第三部分各列：办理结果总计等于各项办理结果之和',
    },
    check(input) {
      if (!isTemplate(input)) return [];
      const byCode = cellMap(input.report);
      return perColumn((column, label) =>
        sumCheck(byCode.get(`applications.total_processed.${column}`), resultCells(input.report.cells, column), `${label}: total handled = sum of results`),
      );
    },
  },
  {
    id: 'table.template.applicant-sum',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: '2019+ template, section 三, each row: the total (总计) equals natural persons plus the five kinds of legal persons and other organisations',
      zh: '2019年后格式第三部分各行：总计等于自然人与五类法人或其他组织之和',
    },
    check(input) {
      if (!isTemplate(input)) return [];
      const cells = input.report.cells;
      return cells
        .filter((c) => c.code.startsWith('applications.') && c.code.endsWith('.total'))
        .flatMap((total) => sumCheck(total, cells.filter((c) => c.parent === total.code), `${total.label}: total = sum of applicant types`) ?? []);
    },
  },
  {
    id: 'table.template.appeals-sum',
    version: 1,
    family: 'TABLE_IDENTITY',
    severity: 'ERROR',
    description: {
      en: '2019+ template, section 四: each group’s total equals upheld + corrected + other + pending',
      zh: '2019年后格式第四部分：行政复议、行政诉讼各组总计等于结果维持、结果纠正、其他结果、尚未审结之和',
    },
    check(input) {
      if (!isTemplate(input)) return [];
      const cells = input.report.cells;
      return cells
        .filter((c) => c.code.startsWith('appeals.') && c.code.endsWith('.total'))
        .flatMap((total) => sumCheck(total, cells.filter((c) => c.parent === total.code), `${total.label}: total = sum of outcomes`) ?? []);
    },
  },
];
