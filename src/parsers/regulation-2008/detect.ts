import { findFujianHeader } from './fujian-scan.js';
import { nationalSectionFor } from './national-codes.js';
import { lineCells, opensHeader } from './national-cells.js';
import { splitLines } from './text-cells.js';

export type Regulation2008TableVariant = 'NATIONAL_2014' | 'FUJIAN_SIMPLIFIED';

/** Section headings of the national table that must stand as cells of their own before the text counts as holding it. */
const MIN_NATIONAL_SECTIONS = 2;

/**
 * Which 2008-regulation statistics table the text holds, or null for neither.
 * - Fujian simplified: its header 指标名称 | 计量单位 | <year>年度 | 历年累计 (a national table has no 历年累计 column).
 * - National (国办发〔2014〕32号): at least two of its 13 section headings (主动公开情况, 回应解读情况,
 *   依申请公开情况, 行政复议数量, …) printed as table cells — a cell, not a sentence, so that prose
 *   mentioning 依申请公开情况 does not count. A table cut off after its first two sections still
 *   counts, so that the parser can say it is truncated instead of "no table".
 */
export function detectRegulation2008Table(text: string): Regulation2008TableVariant | null {
  if (findFujianHeader(text)) return 'FUJIAN_SIMPLIFIED';
  const sections = new Set<string>();
  let header = false;
  for (const line of splitLines(text)) {
    for (const cell of lineCells(line)) {
      const section = cell.length <= 60 ? nationalSectionFor(cell) : undefined;
      if (section) sections.add(section.code);
      // After a 统计指标 | 单位 header one section heading is enough (a table cut off inside section 一).
      else if (opensHeader(cell)) header = true;
    }
    if (sections.size >= (header ? 1 : MIN_NATIONAL_SECTIONS)) return 'NATIONAL_2014';
  }
  return null;
}
