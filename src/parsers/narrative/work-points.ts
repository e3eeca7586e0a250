import { chineseOrdinal, type ReportSection } from '../../ingest/pipeline/report-sections.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { sectionByHeading, sectionLines } from './text-lines.js';

export type WorkPoint = ReportDocument['workPoints'][number];

// （一）/(二)/ （十）: reports mix full- and half-width brackets, and some lines keep a leading space.
const MARKER = /^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*(\S.*?)\s*$/;

/**
 * The points of the year's 政务公开工作要点 as the report lists them, one per （n） marker. The
 * title is the point's first clause (to the first 。, without it); the text is the paragraph after
 * the marker. Only markers numbered in sequence count, so a nested （一） inside a point does not
 * restart the list.
 */
export function extractWorkPoints(text: string, sections: ReportSection[]): WorkPoint[] {
  const section = sectionByHeading(sections, /工作要点/);
  const points: WorkPoint[] = [];
  for (const { line, text: content } of sectionLines(text, section)) {
    const match = MARKER.exec(content);
    if (!match) continue;
    const ordinal = chineseOrdinal(match[1]);
    if (ordinal !== points.length + 1) continue;
    const body = match[2];
    const stop = body.indexOf('。');
    const title = (stop >= 0 ? body.slice(0, stop) : body).trim();
    if (title === '') continue;
    points.push({ ordinal, title, text: body, line });
  }
  return points;
}
