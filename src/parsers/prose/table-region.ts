import { findFujianHeader } from '../regulation-2008/fujian-scan.js';
import type { ReportFamily } from './types.js';

/**
 * Where the statistics table stands in a report's text, so that its cells are not read as prose.
 * Table cells print a label and a number without a counter after it, so most of them would not
 * read as figures anyway; skipping the region makes sure (flattened Fujian tables print 条 before
 * the numbers, template tables print 件 in headers).
 *
 * - REGULATION_2008: the table is an appendix. It opens at the Fujian header (指标名称 计量单位
 *   <year>年度 历年累计) or at the national header (统计指标 … 单位), with the title line just above
 *   it, and runs until a later line reads as prose again (holds a 。).
 * - TEMPLATE_2019/2021: sections 二–四 are tables. The region opens at the heading of section 二
 *   (or at the first 第二十条第（一）项 / 勾稽关系 anchor) and closes at the next heading about
 *   problems or other matters (五、存在的主要问题…, 六、其他需要报告的事项), or at the text's end.
 * Every search is a bounded regular expression or an indexOf, so this is linear in the text.
 */

export type TableVariant = 'NATIONAL_2014' | 'FUJIAN_SIMPLIFIED' | 'TEMPLATE';

export interface TableRegion {
  start: number;
  end: number;
  variant: TableVariant;
}

const NATIONAL_HEADER = /统[\s\u3000]{0,3}计[\s\u3000]{0,3}指[\s\u3000]{0,3}标/;
const TEMPLATE_ANCHORS = [/第二十条第[（(]\s?[一二三四五六七八九]\s?[）)]项/, /勾稽关系/];
const SECTION_TWO_HEADING = /[一二三四五六七八九十]{1,2}[、.．]\s{0,3}主动公开政府信息(的)?情况/g;
const CLOSING_HEADING = /[一二三四五六七八九十]{1,2}[、.．][^。\n]{0,24}?(问题|其他需要报告|其他事项)/g;
/** How far before the first table anchor the section-二 heading may stand. */
const HEADING_REACH = 80;

export function locateStatisticsTable(text: string, family: ReportFamily): TableRegion | null {
  return family === 'REGULATION_2008' ? locate2008Table(text) : locateTemplateTables(text);
}

function locate2008Table(text: string): TableRegion | null {
  const fujian = findFujianHeader(text);
  if (fujian) return { start: fujian.start, end: proseResumes(text, fujian.end), variant: 'FUJIAN_SIMPLIFIED' };
  const header = NATIONAL_HEADER.exec(text);
  if (!header || !text.slice(header.index, header.index + 60).includes('单')) return null;
  const start = titleLineAbove(text, lineStart(text, header.index));
  return { start, end: proseResumes(text, header.index), variant: 'NATIONAL_2014' };
}

function locateTemplateTables(text: string): TableRegion | null {
  let anchor = -1;
  for (const pattern of TEMPLATE_ANCHORS) {
    const m = pattern.exec(text);
    if (m && (anchor < 0 || m.index < anchor)) anchor = m.index;
  }
  if (anchor < 0) return null;
  let start = anchor;
  SECTION_TWO_HEADING.lastIndex = Math.max(0, anchor - HEADING_REACH);
  const heading = SECTION_TWO_HEADING.exec(text);
  if (heading && heading.index < anchor) start = heading.index;
  CLOSING_HEADING.lastIndex = anchor;
  const closing = CLOSING_HEADING.exec(text);
  return { start, end: closing ? closing.index : text.length, variant: 'TEMPLATE' };
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The start of the table's title (…统计表) when it stands on one of the three lines above the header. */
function titleLineAbove(text: string, start: number): number {
  let at = start;
  for (let k = 0; k < 3 && at > 0; k++) {
    const above = lineStart(text, at - 1);
    const line = text.slice(above, at).trim();
    if (line.endsWith('统计表') || line.endsWith('统计表）') || line.endsWith('统计表)')) return above;
    if (line !== '') break;
    at = above;
  }
  return start;
}

/** The start of the first line after `from` that holds a 。 (prose again), or the text's end. */
function proseResumes(text: string, from: number): number {
  let at = text.indexOf('\n', from);
  while (at >= 0) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    if (line.includes('。')) return at + 1;
    at = next;
  }
  return text.length;
}
