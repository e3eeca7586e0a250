import type { CheckInput } from '../facts.js';
import type { Rule } from '../rule.js';

/** A government's published application and appeal figures, in any mapped table layout, against its own case ledger (台账). */
export const ledgerRules: Rule[] = [
  {
    id: 'ledger.table-matches',
    version: 1,
    family: 'LEDGER',
    severity: 'ERROR',
    description: {
      en: 'Each application and appeal figure of the table equals the count of the government’s case ledger for the year',
      zh: '统计表中的依申请公开、行政复议和行政诉讼数字与本机关台账的年度统计一致',
    },
    check({ report, ledger }: CheckInput) {
      if (!ledger) return [];
      return report.cells.flatMap((cell) => {
        const counted = ledger.get(cell.code);
        if (counted === undefined || cell.value === null) return [];
        return [{
          holds: cell.value === counted,
          expected: counted,
          actual: cell.value,
          message: cell.value === counted
            ? `${cell.label} is ${cell.value}, as the ledger counts.`
            : `${cell.label} is published as ${cell.value}, but the ledger counts ${counted}.`,
          involved: [{ kind: 'CELL', code: cell.code, label: cell.label, value: cell.value, text: cell.raw, line: cell.line, year: null }],
        }];
      });
    },
  },
];
