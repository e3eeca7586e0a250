import type { CheckInput, ReportFacts } from '../facts.js';
import { allSentences, cellRef, reportRef, sentenceRef, sum } from '../check-helpers.js';
import { HEADLINE_MEASURES, headlineCell } from '../headline-measures.js';
import type { CheckOutcome, InvolvedRef, Rule } from '../rule.js';

/**
 * A government's report against its departments' and child regions' reports of the same year,
 * where it says it was compiled from them (由区政府办公室综合区政府各部门和各镇、街道的…年度报告编制而成).
 */

const COMPILED_FROM = [
  /(综合|汇总)[^。]{0,60}(各部门|各镇|各乡镇|街道|所属|下级|各县|各区|各单位)[^。]{0,40}(年度报告|年报)[^。]{0,10}(编制|汇总|而成)/,
  /由[^。]{0,60}(各部门|各镇|各乡镇|各街道|各县|各区|各单位)[^。]{0,40}(年度报告|年报)[^。]{0,6}(汇总|编制)/,
];

/** The sentence in which a report says it was compiled from its children's reports. */
export function compiledFromStatement(report: ReportFacts): { sentence: string; line: number | null } | null {
  return allSentences(report).find(({ sentence }) => COMPILED_FROM.some((pattern) => pattern.test(sentence))) ?? null;
}

const missingRef = (child: CheckInput['missingChildren'][number]): InvolvedRef => ({
  kind: 'REPORT', code: child.regionCode, label: child.name, value: null, text: null, line: null, year: null,
});

export const hierarchyRules: Rule[] = [
  {
    id: 'hierarchy.children-sum',
    version: 1,
    family: 'HIERARCHY',
    severity: 'WARNING',
    description: {
      en: 'A report compiled from its departments’ and child regions’ reports states headline figures equal to their sum (at least their sum while some children have no report)',
      zh: '由各部门、下级政府年度报告汇总编制的报告，其主要指标等于各下级报告之和（下级报告不全时不小于其和）',
    },
    check({ report, children, missingChildren }: CheckInput): CheckOutcome[] {
      const statement = compiledFromStatement(report);
      if (!statement || children.length === 0) return [];
      const complete = missingChildren.length === 0;
      return HEADLINE_MEASURES.flatMap((measure) => {
        const own = headlineCell(report, measure);
        const parts = children.flatMap((child) => {
          const cell = headlineCell(child, measure);
          return cell ? [{ child, cell }] : [];
        });
        if (!own || parts.length === 0) return [];
        const total = sum(parts.map(({ cell }) => cell.value!));
        const holds = complete ? own.value === total : own.value! >= total;
        return [{
          holds,
          expected: total,
          actual: own.value,
          message: `${measure.label}: ${own.value} against ${total} from ${parts.length} child report(s)${complete ? '' : `, ${missingChildren.length} child(ren) without a report`}`,
          involved: [sentenceRef(statement.sentence, statement.line), cellRef(own), ...parts.map(({ child, cell }) => reportRef(child, cell.value))],
        }];
      });
    },
  },
  {
    id: 'hierarchy.children-without-report',
    version: 1,
    family: 'HIERARCHY',
    severity: 'WARNING',
    description: {
      en: 'Every department and child-region government a compiled report draws on has a report for the year; those without one are listed',
      zh: '汇总编制的报告所涉各部门、下级政府均有本年度报告；缺报的逐一列出',
    },
    check({ report, children, missingChildren }: CheckInput): CheckOutcome[] {
      const statement = compiledFromStatement(report);
      if (!statement || children.length + missingChildren.length === 0) return [];
      const holds = missingChildren.length === 0;
      return [{
        holds,
        expected: children.length + missingChildren.length,
        actual: children.length,
        message: holds
          ? `All ${children.length} children have a report for ${report.year}`
          : `${missingChildren.length} of ${children.length + missingChildren.length} children have no report for ${report.year}: ${missingChildren.map((c) => c.name).join('、')}`,
        involved: [sentenceRef(statement.sentence, statement.line), ...missingChildren.map(missingRef)],
      }];
    },
  },
];
