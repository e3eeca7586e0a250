import type { TemplateVersion } from './codes.js';
import { anchor, createTextView, findAnchor, type Span, type TextView } from './text-view.js';

/**
 * Which version of the 2019+ template a report's tables follow, told by the column header of the
 * section-二 第二十条第（一）项 block (formats.md §1):
 *   本年新制作数量 / 本年新公开数量 / 对外公开总数量  ⇒ 2019 version (国办公开办函〔2019〕60号)
 *   本年制发件数 / 本年废止件数 / 现行有效件数        ⇒ 2021 version (国办公开办函〔2021〕30号)
 * Two of the three headers, close together, are enough, so one header garbled by OCR does not
 * lose the table. Labels are matched with spaces removed and full-width forms folded.
 */

const HEADERS: Record<TemplateVersion, readonly RegExp[]> = {
  TEMPLATE_2019: [anchor('本年新制作数量'), anchor('本年新公开数量'), anchor('对外公开总数量')],
  TEMPLATE_2021: [anchor('本年制发件数'), anchor('本年废止件数'), anchor('现行有效件数')],
};

/** How far (in characters of the text) the three headers of one block may spread. */
const HEADER_SPREAD = 300;

export interface VersionHeader {
  readonly version: TemplateVersion;
  /** from the first header label to the end of the last */
  readonly span: Span;
}

export function locateVersionHeader(view: TextView): VersionHeader | null {
  let best: VersionHeader | null = null;
  for (const version of Object.keys(HEADERS) as TemplateVersion[]) {
    const found = headerBlock(view, HEADERS[version]);
    if (found && (!best || found.start < best.span.start)) best = { version, span: found };
  }
  return best;
}

/** The first place where at least two of the headers stand within HEADER_SPREAD of each other. */
function headerBlock(view: TextView, headers: readonly RegExp[]): Span | null {
  // The next occurrence of each header; one that is gone stays gone, so each search runs once over the text.
  const next = headers.map((h) => findAnchor(view, h, 0));
  for (;;) {
    const present = next.filter((s): s is Span => s !== null);
    if (present.length < 2) return null;
    const start = Math.min(...present.map((s) => s.start));
    const near = present.filter((s) => s.start < start + HEADER_SPREAD);
    if (near.length >= 2) return { start, end: Math.max(...near.map((s) => s.end)) };
    next.forEach((s, i) => {
      if (s && s.start === start) next[i] = findAnchor(view, headers[i], s.end);
    });
  }
}

export function detectTemplateVersion(text: string): TemplateVersion | null {
  return locateVersionHeader(createTextView(text))?.version ?? null;
}
