import { locateStatisticsTable, type TableRegion } from './table-region.js';
import type { ReportFamily } from './types.js';

/**
 * Splits a report's text into sentences, each with its 1-based line, outside the statistics table.
 *
 * A sentence ends at 。！？ (with the closing quotes or brackets that follow it) and at every line
 * break: crawled and OCR'd texts break lines inside paragraphs (图 captions, 《 cut before a
 * document title), and a figure's line is the line it is printed on, so no sentence spans lines.
 *
 * ； does not end a sentence. The seed's hand-read sentences keep it (临淄 2017, line 423:
 * "其中，政府网站公开信息7487条，占61%；政务微博公开信息895条，…"), and a 其中 at the start of a
 * sentence governs every clause after it. Inside a sentence ； does end a 其中 that was opened
 * mid-sentence (see breakdown.ts), which is where it acts as a boundary.
 *
 * Lines that are Markdown table rows (| … |) are skipped like the table region; Markdown heading
 * marks (### ) are not part of the sentence.
 */

export interface Sentence {
  text: string;
  line: number;
  /** Offset of the sentence's first character in the whole text. */
  offset: number;
}

// Code units, not one-character strings: splitting looks at every character of the text.
const ENDS = codeSet('。！？');
const CLOSERS = codeSet('”’」』）)》');

export function splitSentences(text: string, family: ReportFamily): Sentence[] {
  const table = locateStatisticsTable(text, family);
  return splitOutside(text, table);
}

export function splitOutside(text: string, table: TableRegion | null): Sentence[] {
  const sentences: Sentence[] = [];
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (!text.slice(lineStart, Math.min(lineEnd, lineStart + 8)).trimStart().startsWith('|')) {
      for (const [from, to] of outside(lineStart, lineEnd, table)) splitSegment(text, from, to, line, sentences);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
    line++;
  }
  return sentences;
}

/** The parts of [from, to) that lie outside the table region. */
function outside(from: number, to: number, table: TableRegion | null): [number, number][] {
  if (!table || table.end <= from || table.start >= to) return [[from, to]];
  const parts: [number, number][] = [];
  if (table.start > from) parts.push([from, table.start]);
  if (table.end < to) parts.push([table.end, to]);
  return parts;
}

function splitSegment(text: string, from: number, to: number, line: number, out: Sentence[]): void {
  let start = from;
  for (let i = from; i < to; i++) {
    if (!ENDS.has(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < to && CLOSERS.has(text.charCodeAt(end))) end++;
    push(text, start, end, line, out);
    start = end;
    i = end - 1;
  }
  push(text, start, to, line, out);
}

function push(text: string, from: number, to: number, line: number, out: Sentence[]): void {
  let a = from;
  let b = to;
  while (a < b && isBlank(text[a]!)) a++;
  while (a < b && text[a] === '#') a++;
  while (a < b && isBlank(text[a]!)) a++;
  while (b > a && isBlank(text[b - 1]!)) b--;
  if (a < b) out.push({ text: text.slice(a, b), line, offset: a });
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0' || c === '\ufeff';

function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
