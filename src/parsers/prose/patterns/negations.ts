import type { ReportFamily } from '../types.js';
import { isTemplate } from './words.js';

/**
 * Statements that something did not happen, read as a figure of 0 (the corpus reads them so):
 *   2017年未收到有关政府信息公开申请。                               → requests received: 0
 *   2017年未收到有关政府信息公开行政复议、提起行政诉讼的申请。         → reconsiderations 0, litigation 0
 *   2018年度我局无因政府信息公开申请行政复议、提起行政诉讼的情况。     → reconsiderations 0, litigation 0
 * Only a sentence without counted numbers is read, and only what follows the negation counts:
 * when it names 复议 or 诉讼 those are 0; otherwise, when it names 申请, applications are 0.
 * A bare 无 counts only before what it negates (无因…申请, 无行政复议…), so 无法提供 and 无正当理由,
 * which are categories, are not negations. Fees (无…收费) are not read (see fees.ts).
 */

const NEGATION = /(未|没有)(收到|受理|接到|发生|产生|出现|提起)|无(?=因|涉及|有关|政府信息公开|依申请|行政复议|行政诉讼|申请)/g;
const MAX_TAIL = 40;

export interface ZeroFigure {
  measure: string;
  unit: string;
}

export function zeroStatements(sentence: string, family: ReportFamily): ZeroFigure[] {
  NEGATION.lastIndex = 0;
  const m = NEGATION.exec(sentence);
  if (!m) return [];
  const tail = sentence.slice(m.index, m.index + MAX_TAIL).split(/[，,；;。]/)[0]!;
  if (/收费|费用/.test(tail)) return [];
  const template = isTemplate(family);
  const zeros: ZeroFigure[] = [];
  if (tail.includes('复议')) zeros.push({ measure: template ? 'appeals.reconsideration.total' : 'reconsiderations', unit: '件' });
  if (tail.includes('诉讼')) zeros.push({ measure: template ? 'appeals.litigation_stated' : 'litigation', unit: '件' });
  if (zeros.length === 0 && tail.includes('申请')) {
    zeros.push({ measure: template ? 'applications.received_stated' : 'requests.received', unit: '件' });
  }
  return zeros;
}
