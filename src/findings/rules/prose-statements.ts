import { cellMap, type CellFact, type CheckInput, type ReportFacts } from '../facts.js';
import { allSentences, cellRef, distinctSentences, proseRef, sectionRef, sentenceRef, sum } from '../check-helpers.js';
import type { CheckOutcome, InvolvedRef, Rule } from '../rule.js';

/**
 * What the prose says in words, against its own figures and table: "all handled" while
 * applications are carried forward, "all upheld" while appeals are pending, a year other than the
 * report's, an empty problems section, no fees while fees were charged.
 */

const ALL_HANDLED = /(全部|均已|均|全都|已全部|都已)(按时|按期|依法)?(办结|办理完毕|办理完成|答复|予以答复|处理完毕)/;
const ALL_UPHELD = /(均|全部|都|全都)(获|被|予以|得到)?(维持|胜诉)/;
const NONE_STATEMENT = /^[\s（(]*(本年度|本年|今年|\d{4}年度?)?[，,]?\s*(无|暂无|没有|未发生|不存在)/;
const PROBLEMS_HEADING = /存在的(主要)?问题|主要问题/;
/** A sentence that opens on a year (2018年度，… / 2018年全区…), not on a date (2016年2月) or a span (2017年以来). */
const OPENING_YEAR = /^[^\d]{0,15}?((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?!以来|以前|前|底|初|末)/;

const valueOf = (cell: CellFact | undefined) => cell?.value ?? 0;

/** Applications still open at the year's end, and the cells that show it. */
interface OpenAtYearEnd {
  open: number;
  cells: CellFact[];
}

/** 2019+: 结转下年度继续办理; 2008-era: applications received but not closed. */
function applicationsOpen(report: ReportFacts): OpenAtYearEnd | null {
  const byCode = cellMap(report);
  const forward = byCode.get('applications.carried_forward.total');
  if (forward?.value != null) return { open: forward.value, cells: [forward] };
  const [received, closed] = [byCode.get('requests.received'), byCode.get('requests.closed')];
  if (received?.value != null && closed?.value != null) return { open: Math.max(0, received.value - closed.value), cells: [received, closed] };
  return null;
}

/** Appeals still pending (尚未审结), 2019+ template only. */
function appealsPending(report: ReportFacts): OpenAtYearEnd | null {
  const cells = report.cells.filter((c) => /^appeals\.[a-z_]+\.pending$/.test(c.code) && c.value != null);
  return cells.length > 0 ? { open: sum(cells.map(valueOf)), cells } : null;
}

function wordingAgainstFigures(report: ReportFacts, wording: RegExp, figures: OpenAtYearEnd | null, what: string, contradiction: string): CheckOutcome[] {
  if (!figures) return [];
  const { open, cells } = figures;
  const sentences = allSentences(report).filter(({ sentence }) => wording.test(sentence));
  return sentences.map(({ sentence, line }) => ({
    holds: open === 0,
    expected: 0,
    actual: open,
    message: open === 0 ? `The prose says ${what}, and the table agrees` : `The prose says ${what}, but the table has ${open} ${contradiction}`,
    involved: [sentenceRef(sentence, line), ...cells.map((c) => cellRef(c))],
  }));
}

export const proseStatementRules: Rule[] = [
  {
    id: 'prose.all-handled-while-carried-forward',
    version: 2,
    family: 'PROSE_CONTRADICTION',
    severity: 'WARNING',
    description: {
      en: 'The prose says every application was handled (全部办结, 均已答复) while the table carries applications forward to next year (2019+) or closed fewer than it received (2008-era)',
      zh: '正文称申请“全部办结”“均已答复”，而统计表有结转下年度继续办理的申请（2019年后）或办结数少于收到申请数（2008年版）',
    },
    check: ({ report }) => wordingAgainstFigures(report, ALL_HANDLED, applicationsOpen(report), 'every application was handled', 'still open at the year’s end'),
  },
  {
    id: 'prose.all-upheld-while-pending',
    version: 1,
    family: 'PROSE_CONTRADICTION',
    severity: 'WARNING',
    description: {
      en: 'The prose says every appeal was upheld (均获维持) while the table has appeals still pending (尚未审结)',
      zh: '正文称复议诉讼“均获维持”，而统计表有尚未审结的案件',
    },
    check: ({ report }) => wordingAgainstFigures(report, ALL_UPHELD, appealsPending(report), 'every appeal was upheld', 'appeals still pending'),
  },
  {
    id: 'prose.other-year',
    version: 1,
    family: 'PROSE_CONTRADICTION',
    severity: 'WARNING',
    description: {
      en: 'Sentences stating figures that open on a year (2018年度，…) name the report’s year, and the statistics period lies in it: otherwise the prose may be copied from another year’s report',
      zh: '正文中以年份开头的数据句子与报告年度一致，统计期限也在该年度内；否则可能沿用了其他年度报告的文字',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const involved: InvolvedRef[] = [];
      let stated = 0;
      for (const { sentence, line } of distinctSentences(report)) {
        const year = OPENING_YEAR.exec(sentence)?.[1];
        if (!year) continue;
        stated += 1;
        if (Number(year) !== report.year) involved.push({ ...sentenceRef(sentence, line), value: Number(year) });
      }
      for (const date of [report.periodStart, report.periodEnd]) {
        if (!date) continue;
        stated += 1;
        if (Number(date.slice(0, 4)) !== report.year) involved.push({ kind: 'REPORT', code: 'period', label: '统计期限', value: Number(date.slice(0, 4)), text: date, line: null, year: null });
      }
      if (stated === 0) return [];
      const holds = involved.length === 0;
      return [{
        holds,
        expected: report.year,
        actual: holds ? report.year : involved[0].value,
        message: holds ? `Every year the figures and the period name is ${report.year}` : `The report is on ${report.year}, but ${involved.length} statement(s) name another year`,
        involved,
      }];
    },
  },
  {
    id: 'prose.problems-section-empty',
    version: 1,
    family: 'PROSE_CONTRADICTION',
    severity: 'WARNING',
    description: {
      en: 'The section on problems and improvements (存在的主要问题及改进情况) names at least one problem rather than being empty or saying 无',
      zh: '“存在的主要问题及改进情况”部分应列出问题，而非空白或写“无”',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      return report.sections
        .filter((s) => PROBLEMS_HEADING.test(s.heading))
        .map((section) => {
          const text = section.text.replace(/[\s。.]/g, '');
          const empty = text.length === 0 || NONE_STATEMENT.test(section.text.trim()) && text.length <= 12;
          return {
            holds: !empty,
            expected: null,
            actual: null,
            message: empty ? `The section ${section.heading} names no problem: "${section.text.trim()}"` : `The section ${section.heading} names problems`,
            involved: [sectionRef(section)],
          };
        });
    },
  },
  {
    id: 'prose.fees-charged-while-none',
    version: 1,
    family: 'PROSE_CONTRADICTION',
    severity: 'WARNING',
    description: {
      en: 'Where the report says no fees were charged (无收费), neither the prose nor the table shows fees charged or fee notices left unpaid',
      zh: '报告称无政府信息公开收费的，正文与统计表中不应出现收取信息处理费或逾期未缴费的情形',
    },
    check({ report }: CheckInput): CheckOutcome[] {
      const statements: InvolvedRef[] = [];
      if (report.fees && !report.fees.charged) statements.push(sentenceRef(report.fees.statement, null));
      for (const section of report.sections) {
        if (/收费/.test(section.heading) && NONE_STATEMENT.test(section.text.trim())) statements.push(sectionRef(section));
      }
      if (statements.length === 0) return [];
      const charged = report.prose.filter((p) => /^fees\.(collected|by_body\.collected)$/.test(p.measure) && p.value > 0);
      const unpaid = report.cells.filter((c) => c.code === 'applications.other.fee_unpaid.total' && (c.value ?? 0) > 0);
      const evidence = [...charged.map((p) => proseRef(p)), ...unpaid.map((c) => cellRef(c))];
      const amount = charged[0]?.value ?? unpaid[0]?.value ?? 0;
      return [{
        holds: evidence.length === 0,
        expected: 0,
        actual: amount,
        message: evidence.length === 0 ? 'The report says no fees were charged and shows none' : 'The report says no fees were charged, yet states fees charged or fee notices',
        involved: [...statements, ...evidence],
      }];
    },
  },
];
