import type { ReportSection } from './report-sections.js';

/**
 * Sections of a text whose lines were flattened into one (crawled pages often are): the
 * headings run into their own text (一、概述2017年，在省政府…), so a heading is recognised only
 * by the standard titles the regulation's reports use, in their printed variants. Numbering
 * alone would not do: table rows in the same line are numbered too (四、结转下年度继续办理).
 */

const NUMERAL = '[一二三四五六七八九十]{1,3}';
/** Longest first, so that 政府信息公开情况统计表 is not cut at 政府信息公开情况. */
const STANDARD_HEADINGS = [
  '概述',
  '总体情况',
  '主动公开政府信息情况',
  '主动公开政府信息的情况',
  '依申请公开政府信息情况',
  '政府信息依申请公开情况',
  '政府信息依申请公开工作情况',
  '政府信息依申请公开办理情况',
  '依申请公开政府信息和不予公开政府信息的情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开的收费及减免情况',
  '政府信息公开收费及减免情况',
  '因政府信息公开申请行政复议、提起行政诉讼的情况',
  '因政府信息公开申请提起行政复议、行政诉讼的情况',
  '政府信息公开行政复议、行政诉讼情况',
  '政府信息公开工作存在的主要问题及改进情况',
  '政府信息公开工作存在的主要问题及改进措施',
  '存在的主要问题及改进情况',
  '存在的主要问题和改进措施',
  '存在的主要问题及改进措施',
  '其他需要报告的事项',
  '政府信息公开情况统计表',
  '附表',
].sort((a, b) => b.length - a.length);

const HEADING = new RegExp(`(${NUMERAL})\\s*、\\s*(${STANDARD_HEADINGS.map(escape).join('|')})`, 'g');

/**
 * Headings in increasing order (a report may skip a number it has nothing for); each section's
 * text runs to the next heading. `lines` are those of the whole text, 1-based.
 */
export function findInlineSections(text: string, ordinalOf: (numeral: string) => number | null): ReportSection[] {
  const starts: { ordinal: number; heading: string; at: number; bodyAt: number }[] = [];
  for (const match of text.matchAll(HEADING)) {
    const ordinal = ordinalOf(match[1]);
    const last = starts.at(-1)?.ordinal ?? 0;
    if (ordinal === null || ordinal <= last) continue;
    starts.push({ ordinal, heading: match[2], at: match.index, bodyAt: match.index + match[0].length });
  }
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : text.length;
    const body = text.slice(start.bodyAt, end).trim();
    return {
      ordinal: start.ordinal,
      heading: start.heading,
      text: body,
      lines: { start: lineAt(start.at), end: lineAt(start.bodyAt + Math.max(0, text.slice(start.bodyAt, end).trimEnd().length - 1)) },
    };
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
