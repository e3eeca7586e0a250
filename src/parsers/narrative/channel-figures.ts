import type { ReportSection } from '../../ingest/pipeline/report-sections.js';
import type { ReportDocument } from '../../report-document/report-document.js';
import { numberedLines, sectionByHeading, sectionLines } from './text-lines.js';

export type ChannelFigure = ReportDocument['channels'][number];

/** The channel names 2008-era reports use in their 主动公开 breakdown, longest first. */
const CHANNELS: [string, ChannelFigure['channel']][] = [
  ['APP客户端', 'APP'],
  ['政府网站', 'WEBSITE'],
  ['政务微博', 'WEIBO'],
  ['政务微信', 'WECHAT'],
  ['政府公报', 'GAZETTE'],
  ['其他方式', 'OTHER'],
];

// 政府网站公开信息7487条，占61%：the count must end in 条 so the table's own rows (…政府信息数 / 7487
// on the next line) never match; the share is optional and kept exactly as printed (约占1.31%).
const FIGURE = new RegExp(
  `(${CHANNELS.map(([name]) => name).join('|')})(?:共|累计)?公开(?:政府)?信息(\\d+)条(?:[，,]?\\s*((?:约|共)?占(?:比)?(\\d+(?:\\.\\d+)?)\\s*[%％]))?`,
  'g',
);

/**
 * The per-channel counts of proactively published items stated in the prose. Read from the 主动公开
 * section when the report has one, so a channel named elsewhere (in a work point, say) is not
 * taken for the breakdown; a text without sections is read whole. First statement per channel wins.
 */
export function extractChannelFigures(text: string, sections: ReportSection[]): ChannelFigure[] {
  const section = sectionByHeading(sections, /主动公开/);
  const lines = section ? sectionLines(text, section) : numberedLines(text);
  const seen = new Set<string>();
  const figures: ChannelFigure[] = [];
  for (const { line, text: content } of lines) {
    for (const match of content.matchAll(FIGURE)) {
      const channel = CHANNELS.find(([name]) => name === match[1])![1];
      if (seen.has(channel)) continue;
      seen.add(channel);
      figures.push({
        channel,
        items: Number(match[2]),
        statedShare: match[4] === undefined ? null : Number(match[4]),
        statedShareText: match[3] ?? null,
        line,
      });
    }
  }
  return figures;
}
