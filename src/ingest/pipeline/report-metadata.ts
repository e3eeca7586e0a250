import { findSections, type ReportSection } from './report-sections.js';

/**
 * What a report says about itself in its opening lines: its title, who issued it, the year it
 * covers and the period its figures count; and its numbered sections.
 */

export interface ReportMetadata {
  /** The title as printed, joined when it is split over two lines, without markdown or crawl prefixes. */
  title: string;
  /** The issuing body's name as printed before the year (OCR misspellings kept). */
  issuingBody: string;
  year: number;
  /** ISO dates; null when the report does not state its statistics period. */
  period: { start: string; end: string } | null;
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
  return { ...title, period: findPeriod(text), sections: findSections(text) };
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

/** YYYY-MM-DD, or null when the calendar has no such day. */
function isoDate(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return valid ? date.toISOString().slice(0, 10) : null;
}
