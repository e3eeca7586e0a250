import { cellMap, type CellFact, type ReportFacts } from './facts.js';

/**
 * A few figures every format reports, under each format's own code, so that two years of one
 * body can be compared even when the format changed between them (2018 → 2019).
 */

export interface HeadlineMeasure {
  key: string;
  label: string;
  codes: Record<string, string>;
}

const NATIONAL = 'REGULATION_2008';
const FUJIAN = 'FUJIAN_SIMPLIFIED';

export const HEADLINE_MEASURES: HeadlineMeasure[] = [
  {
    key: 'applications_received',
    label: 'applications received this year (本年收到申请数)',
    codes: { [NATIONAL]: 'requests.received', [FUJIAN]: 'requests.received.this_year', TEMPLATE_2019: 'applications.new_received.total', TEMPLATE_2021: 'applications.new_received.total' },
  },
  {
    key: 'items_published',
    label: 'items published proactively (主动公开信息数)',
    codes: { [NATIONAL]: 'proactive.items', [FUJIAN]: 'proactive.items.this_year' },
  },
  {
    key: 'reconsiderations',
    label: 'administrative reconsiderations (行政复议数)',
    codes: { [NATIONAL]: 'reconsiderations', [FUJIAN]: 'reconsiderations.this_year', TEMPLATE_2019: 'appeals.reconsideration.total', TEMPLATE_2021: 'appeals.reconsideration.total' },
  },
  {
    key: 'licensing_decisions',
    label: 'administrative licensing decisions (行政许可处理决定数)',
    codes: { TEMPLATE_2019: 'proactive.licensing.decisions', TEMPLATE_2021: 'proactive.licensing.decisions' },
  },
  {
    key: 'penalty_decisions',
    label: 'administrative penalty decisions (行政处罚处理决定数)',
    codes: { TEMPLATE_2019: 'proactive.penalty.decisions', TEMPLATE_2021: 'proactive.penalty.decisions' },
  },
];

/** The cell of a headline measure in a report, where its format has one and it is not blank. */
export function headlineCell(report: ReportFacts, measure: HeadlineMeasure): CellFact | undefined {
  const code = measure.codes[report.tableVariant === FUJIAN ? FUJIAN : report.format];
  const cell = code ? cellMap(report).get(code) : undefined;
  return cell?.value != null ? cell : undefined;
}
