import type { TemplateVersion } from '../../../src/parsers/template/codes.js';

/**
 * Builds small template reports in each text shape the parser reads, from rows of cells as
 * printed. Labels and headers follow the template as real reports print it (group labels such
 * as （三）不予公开 once, before their first item), so the shapes differ only in separators.
 */

export type Shape = 'pipe' | 'tab' | 'lines' | 'spaces' | 'run';

/** [label cells, printed value cells]: a group label such as （三）不予公开 is its own label cell. */
export type PrintedRow = [labels: string[], cells: string[]];

export interface PrintedTable {
  proactive: { header: string[]; rows: PrintedRow[] }[];
  applications: PrintedRow[];
  appeals: string[][];
}

const APPLICANT_HEADER = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const APPEAL_HEADER = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'];
const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const APPEAL_GROUPS = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];

/** One printed line of cells in the given shape. */
function line(shape: Shape, cells: string[]): string {
  switch (shape) {
    case 'pipe':
      return `| ${cells.join(' | ')} |`;
    case 'tab':
      return cells.join('\t');
    case 'lines':
      return cells.join('\n');
    case 'spaces':
      return cells.join(' ');
    case 'run':
      return cells.join('');
  }
}

function table(shape: Shape, header: string[], rows: string[][]): string {
  if (shape === 'pipe') {
    const width = Math.max(header.length, ...rows.map((r) => r.length));
    return [line(shape, header), `|${'---|'.repeat(width)}`, ...rows.map((r) => line(shape, r))].join('\n');
  }
  return [header, ...rows].map((r) => line(shape, r)).join(shape === 'run' ? '' : '\n');
}

export function buildReport(version: TemplateVersion, shape: Shape, printed: PrintedTable): string {
  const join = (parts: string[]) => parts.join(shape === 'run' ? '' : '\n\n');
  const proactive = printed.proactive.map((block) => table(shape, block.header, block.rows.map(([labels, cells]) => [...labels, ...cells])));
  const applications = table(shape, APPLICANT_HEADER, printed.applications.map(([labels, cells]) => [...labels, ...cells]));
  const appeals =
    shape === 'pipe' || shape === 'spaces'
      ? join(printed.appeals.map((cells, g) => `${APPEAL_GROUPS[g]}\n${table(shape, shape === 'pipe' ? OUTCOMES : [], [cells]).trim()}`))
      : table(shape, APPEAL_HEADER, [printed.appeals.flat()]);
  const cites = version === 'TEMPLATE_2021' ? '（国办公开办函〔2021〕30号）' : '';
  return join([
    `某县人民政府2025年政府信息公开工作年度报告`,
    `根据《中华人民共和国政府信息公开工作年度报告格式》${cites}编制本报告。全年主动公开政府信息4511条。`,
    '一、总体情况',
    '全年受理政府信息公开申请749件，其中自然人申请741件。',
    '二、主动公开政府信息情况',
    ...proactive,
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applications,
    '四、政府信息公开行政复议、行政诉讼情况',
    appeals,
    '五、存在的主要问题及改进情况',
    '一是政策解读形式需进一步丰富，2026年将增加视频解读3期。',
  ]);
}

/** Section 三 row labels as printed, in order, with each group label before its first item. */
export function applicationLabels(version: TemplateVersion): string[][] {
  const items = (group: string, names: string[]) => names.map((name, i) => (i === 0 ? [group, `${i + 1}.${name}`] : [`${i + 1}.${name}`]));
  return [
    ['一、本年新收政府信息公开申请数量'],
    ['二、上年结转政府信息公开申请数量'],
    ['三、本年度办理结果', '（一）予以公开'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ...items('（三）不予公开', ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']),
    ...items('（四）无法提供', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']),
    ...items('（五）不予处理', ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']),
    ...(version === 'TEMPLATE_2019'
      ? [['（六）其他处理']]
      : items('（六）其他处理', ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'])),
    ['（七）总计'],
    ['四、结转下年度继续办理'],
  ];
}
