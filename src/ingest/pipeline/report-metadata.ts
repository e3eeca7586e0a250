import { chineseNumeralValue } from '../../parsers/prose/numbers.js';
import { findSections, type ReportSection } from './report-sections.js';

/**
 * What a report says about itself in its opening and closing lines: its title, who issued it,
 * the year it covers, the period its figures count and when it was published; and its numbered
 * sections.
 */

export interface ReportMetadata {
  /** The title as printed, joined when it is split over two lines, without markdown or crawl prefixes. */
  title: string;
  /** The issuing body's name as printed before the year (OCR misspellings kept). */
  issuingBody: string;
  year: number;
  /** ISO dates; null when the report does not state its statistics period. */
  period: { start: string; end: string } | null;
  /** ISO date; null when the text does not state it. */
  publishedAt: string | null;
  sections: ReportSection[];
}

export class ReportMetadataError extends Error {
  readonly code = 'NO_REPORT_TITLE';
  constructor(message: string) {
    super(message);
  }
}

/** The title is near the top; looking further would pick up reports the text merely cites. */
const TITLE_SEARCH_LINES = 30;
const TITLE = /^(.+?)\s*((?:19|20)\d{2})\s*年度?\s*(?:政府)?信息公开(?:工作)?年度?报告$/;

export function readReportMetadata(text: string): ReportMetadata {
  const title = findTitle(text.split('\n'));
  if (!title) {
    throw new ReportMetadataError(
      `no title of the form …YYYY年度政府信息公开工作年度报告 in the first ${TITLE_SEARCH_LINES} lines; check that the text is an annual report`,
    );
  }
  return { ...title, period: findPeriod(text), publishedAt: findPublicationDate(text, title.year), sections: findSections(text) };
}

function findTitle(lines: string[]): Pick<ReportMetadata, 'title' | 'issuingBody' | 'year'> | null {
  const head = lines.slice(0, TITLE_SEARCH_LINES).map(titleCandidate);
  for (let i = 0; i < head.length; i++) {
    if (head[i] === '') continue;
    // Typeset titles are often broken after 政府 (…2017年度政府 / 信息公开工作年度报告).
    for (const candidate of [head[i], head[i] + (head[i + 1] ?? '')]) {
      const match = TITLE.exec(candidate);
      if (match) return { title: candidate, issuingBody: match[1].trim(), year: Number(match[2]) };
    }
  }
  return null;
}

/** A line without markdown heading marks or a crawler's `标题:` label. */
function titleCandidate(line: string): string {
  return line.replace(/^\s*#{1,6}\s*/, '').replace(/^标题\s*[:：]\s*/, '').trim();
}

const PERIOD =
  /统计期限\s*(?:为|是|从|自)?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起?\s*(?:到|至|—|-|～|~)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * 所列数据统计期限从2017年1月1日到12月31日: the end year, when left out, is the start's. A period
 * that names no real date (OCR noise such as 16月32日) counts as not stated, rather than failing
 * the whole report.
 */
function findPeriod(text: string): ReportMetadata['period'] {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const [, startYear, startMonth, startDay, endYear, endMonth, endDay] = match;
  const start = isoDate(startYear, startMonth, startDay);
  const end = isoDate(endYear ?? startYear, endMonth, endDay);
  return start && end && start <= end ? { start, end } : null;
}

const PORTAL_DATE_LINES = 10;
const CLOSING_LINES = 4;
const PORTAL_DATE = /^(?:发布时间|发布日期|发文日期|成文日期)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const ARABIC_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const CHINESE_DATE = /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * A portal's `发布时间: 2018-01-23 08:51` line above the title (crawled pages keep it), or else
 * the date alone on a line that closes the report, under the issuer's name (2026年1月23日,
 * 二〇一八年一月二十三日). A date outside the two years after the year reported on is not taken:
 * some other date in the text must not pass for the publication's.
 */
function findPublicationDate(text: string, reportYear: number): string | null {
  const lines = text.split('\n').map((line) => line.trim());
  const stated = lines.slice(0, PORTAL_DATE_LINES).map(portalDate).find((date) => date !== null) ?? closingDate(lines);
  const year = Number(stated?.slice(0, 4));
  return stated && year >= reportYear && year <= reportYear + 2 ? stated : null;
}

function portalDate(line: string): string | null {
  const match = PORTAL_DATE.exec(line);
  return match ? isoDate(match[1], match[2], match[3]) : null;
}

function closingDate(lines: string[]): string | null {
  for (const line of lines.filter((l) => l !== '').slice(-CLOSING_LINES).reverse()) {
    const arabic = ARABIC_DATE.exec(line);
    if (arabic) return isoDate(arabic[1], arabic[2], arabic[3]);
    const chinese = CHINESE_DATE.exec(line);
    if (chinese) {
      const year = [...chinese[1]].map((c) => YEAR_DIGITS[c]).join('');
      return isoDate(year, String(chineseNumeralValue(chinese[2])), String(chineseNumeralValue(chinese[3])));
    }
  }
  return null;
}

/** YYYY-MM-DD, or null when the calendar has no such day. */
function isoDate(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return valid ? date.toISOString().slice(0, 10) : null;
}
