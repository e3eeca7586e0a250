import type { ReportSection } from '../../ingest/pipeline/report-sections.js';

/** A line of the source text with its 1-based number, so extractors can cite where a fact came from. */
export interface NumberedLine {
  line: number;
  text: string;
}

/** The last text's lines: the narrative readers ask for the lines of one report a dozen times. */
let lastLines: { text: string; lines: readonly NumberedLine[] } | null = null;

export function numberedLines(text: string): readonly NumberedLine[] {
  if (lastLines?.text !== text) lastLines = { text, lines: Object.freeze(text.split('\n').map((t, i) => Object.freeze({ line: i + 1, text: t }))) };
  return lastLines.lines;
}

/**
 * The section whose heading matches; reports word their headings differently, so callers pass a
 * pattern on the heading's key phrase (工作要点, 收费, 试点…) rather than an ordinal.
 */
export function sectionByHeading(sections: ReportSection[], heading: RegExp): ReportSection | undefined {
  return sections.find((s) => heading.test(s.heading));
}

/** The body lines of a section (after its heading), numbered as in the source. */
export function sectionLines(text: string, section: ReportSection | undefined): NumberedLine[] {
  if (!section) return [];
  return numberedLines(text).slice(section.lines.start, section.lines.end);
}

/**
 * The lines before the first section: the preamble, which names the legal basis, the portal and
 * the contact office. A text without recognisable sections (a flattened web page) is all preamble.
 */
export function preambleLines(text: string, sections: ReportSection[]): readonly NumberedLine[] {
  const all = numberedLines(text);
  return sections.length > 0 ? all.slice(0, sections[0].lines.start - 1) : all;
}

/** 两 and small Chinese numerals as reports print counts (两个账号, 五个阶段); digits pass through. */
export function countOf(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const small: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
  return small[raw] ?? null;
}

/**
 * Splits an enumeration such as 一是…二是…三是… into its items, without the markers. Text before
 * the first marker is not an item and is dropped.
 */
export function splitOrdinalClauses(text: string): string[] {
  // A marker starts the text or follows punctuation or a space, so 统一是… inside a clause is no marker.
  const parts = text.split(/(?<=^|[。；;：:，,\s])\s*[一二三四五六七八九十]{1,2}是/);
  return parts.slice(1).map((p) => p.trim()).filter((p) => p !== '');
}

/** Splits a list printed as A、B、C和D (the last pair joined by 和/及/以及) into its items. */
export function splitList(list: string): string[] {
  const items = list.split('、').map((s) => s.trim());
  const last = items.pop() ?? '';
  // 以及 before 及, so 甲以及乙 does not leave 甲以; the last conjunction, since names hold 和 too.
  for (const conjunction of ['以及', '和', '及']) {
    const at = last.lastIndexOf(conjunction);
    if (at > 0 && at + conjunction.length < last.length) {
      return [...items, last.slice(0, at), last.slice(at + conjunction.length)].filter((s) => s !== '');
    }
  }
  return [...items, last].filter((s) => s !== '');
}
