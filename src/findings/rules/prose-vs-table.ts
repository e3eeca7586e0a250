import { cellMap, type CheckInput } from '../facts.js';
import { cellRef, formatNumber, proseRef } from '../check-helpers.js';
import { isPercent } from '../prose-groups.js';
import type { CheckOutcome, Rule } from '../rule.js';

/**
 * The prose against the table, for every figure stated in both: a prose figure's measure is the
 * table's cell code wherever the parsers could match one, so equal codes mean the same figure.
 */

/** Table rows of normative documents published this year, per format, which the prose's 政策、规范性文件类 count must cover. */
const NORMATIVE_DOCUMENT_CELLS: Record<string, string[]> = {
  REGULATION_2008: ['proactive.items.normative_documents'],
  TEMPLATE_2019: ['proactive.normative_documents.published'],
  TEMPLATE_2021: ['proactive.normative_documents.issued'],
};

export const proseVsTableRules: Rule[] = [
  {
    id: 'prose-table.same-figure',
    version: 1,
    family: 'PROSE_VS_TABLE',
    severity: 'ERROR',
    description: {
      en: 'A figure the prose states equals the same figure in the statistics table',
      zh: '正文所述数据与统计表中同一指标的数值一致',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const cells = cellMap(report);
      return report.prose.flatMap((figure) => {
        const cell = cells.get(figure.measure);
        if (!cell || cell.value == null || isPercent(figure)) return [];
        const holds = cell.value === figure.value;
        return [{
          holds,
          expected: cell.value,
          actual: figure.value,
          message: `The prose says ${figure.value}${figure.unit} for ${cell.label}; the table ${holds ? 'agrees' : `says ${formatNumber(cell.value)}`}`,
          involved: [proseRef(figure), cellRef(cell)],
        }];
      });
    },
  },
  {
    id: 'prose-table.category-covers-table',
    version: 1,
    family: 'PROSE_VS_TABLE',
    severity: 'WARNING',
    description: {
      en: 'The prose’s count of policy and normative documents published (政策、规范性文件类) is at least the normative documents the table says were published this year',
      zh: '正文“政策、规范性文件类”信息条数不少于统计表中本年公开的规范性文件数',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const figure = report.prose.find((p) => p.measure === 'proactive.by_category.policies_and_normative_documents');
      if (!figure) return [];
      const byCode = cellMap(report);
      const cells = (NORMATIVE_DOCUMENT_CELLS[report.format] ?? []).flatMap((code) => byCode.get(code) ?? []).filter((c) => c.value != null);
      return cells.map((cell) => {
        const holds = figure.value >= cell.value!;
        return {
          holds,
          expected: cell.value,
          actual: figure.value,
          message: `The prose counts ${figure.value} policy and normative documents; the table has ${cell.label} ${cell.value}${holds ? '' : ', more than the prose figure that should include it'}`,
          involved: [proseRef(figure), cellRef(cell)],
        };
      });
    },
  },
];
