import { findInlineSections } from './inline-sections.js';

/**
 * The numbered sections of a report (一、概述 … 十三、…), as they appear at line start, in plain
 * text or as markdown headings (## 一、总体情况).
 */

export interface ReportSection {
  ordinal: number;
  /** The heading without its numeral, as printed. */
  heading: string;
  /** The lines after the heading up to the section's last non-blank line, joined with LF. */
  text: string;
  /** 1-based: the heading's line and the section's last non-blank line. */
  lines: { start: number; end: number };
}

const HEADING = /^(?:#{1,6}\s*)?([一二三四五六七八九十]{1,3})\s*、\s*(\S.*?)\s*$/;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十三 → 13, 二十一 → 21; null for anything that is not such a numeral. */
export function chineseOrdinal(numeral: string): number | null {
  const match = /^(?:([一二三四五六七八九]?)(十))?([一二三四五六七八九]?)$/.exec(numeral);
  if (!match || numeral === '') return null;
  const [, tensDigit, ten, unit] = match;
  const tens = ten ? (tensDigit ? DIGITS[tensDigit] : 1) : 0;
  return tens * 10 + (unit ? DIGITS[unit] : 0);
}

/**
 * Only a heading whose numeral is the next one expected counts: tables repeat 一、二、… in their
 * own rows, and sub-headings inside a section restart at 一, and neither is a report section.
 */
export function findSections(text: string): ReportSection[] {
  const sections = findLineSections(text);
  // One heading or none at line starts: the text was flattened; look inside the lines.
  return sections.length < 2 ? findInlineSections(text, chineseOrdinal) : sections;
}

/** Sections whose headings start a line; none in a flattened text. */
export function findLineSections(text: string): ReportSection[] {
  const lines = text.split('\n');
  const starts: { ordinal: number; heading: string; index: number }[] = [];
  lines.forEach((line, index) => {
    const match = HEADING.exec(line);
    if (!match) return;
    const ordinal = chineseOrdinal(match[1]);
    if (ordinal === starts.length + 1) starts.push({ ordinal, heading: match[2], index });
  });
  return starts.map((start, i) => {
    const next = i + 1 < starts.length ? starts[i + 1].index : lastSectionEnd(lines, start.index);
    let last = next - 1;
    while (last > start.index && lines[last].trim() === '') last--;
    const body = lines.slice(start.index + 1, last + 1);
    while (body.length > 0 && body[0].trim() === '') body.shift();
    return { ordinal: start.ordinal, heading: start.heading, text: body.join('\n'), lines: { start: start.index + 1, end: last + 1 } };
  });
}

/**
 * The last section ends where the appended statistics table begins (附件 / 附表), when the report
 * puts its table after the prose; otherwise at the end of the text.
 */
function lastSectionEnd(lines: string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    if (/^\s*(?:#{1,6}\s*)?附(?:件|表)\s*\d*\s*[:：]?\s*$/.test(lines[i])) return i;
  }
  return lines.length;
}
