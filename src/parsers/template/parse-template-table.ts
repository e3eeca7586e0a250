import { TableParseError, type ParsedTable } from '../parsed-table.js';
import { locateVersionHeader } from './detect.js';
import { parseProactiveSection } from './section-2.js';
import { parseApplicationsSection } from './section-3.js';
import { parseAppealsSection } from './section-4.js';
import { anchor, createTextView, findFirstAnchor, lineOf, type TextView } from './text-view.js';

/**
 * The three statistics tables of a 2019+ template report (sections 二, 三 and 四), from the
 * report's text, whatever shape the text gives them (pipe tables, tabs, spaces, one cell per
 * line, or cells run together by a crawler). Codes: codes.ts. Cells come in printed order:
 * section 二 row by row, section 三 row by row, then section 四 group by group.
 *
 * Sections are found by their headings, not their numbers (Shanghai renumbers them), and each
 * one ends where the next begins: 二 runs from its column header to 收到和处理政府信息公开申请情况,
 * 三 to the 行政复议、行政诉讼 heading, 四 to 存在的主要问题 / 其他需要报告的事项 or the end.
 */

const SECTION_3 = [anchor('收到和处理政府信息公开申请情况'), anchor('本年新收(?:政府信息公开)?申请数量')];
const SECTION_4 = [anchor('(?:[一二三四五六七八九十]、)?(?:政府信息公开)?(?:因政府信息公开申请)?行政复议[、和及与]?(?:提起)?行政诉讼的?情况')];
const AFTER_SECTION_4 = [anchor('(?:[一二三四五六七八九十]、)?(?:政府信息公开工作)?存在的主要问题'), anchor('(?:[一二三四五六七八九十]、)?其他需要报告的事项')];

/** `prebuilt`: createTextView(text), when the caller has it already. */
export function parseTemplateTable(text: string, prebuilt?: TextView): ParsedTable {
  if (text.trim() === '') throw new TableParseError('the text is empty: there is no report to read the statistics tables from');
  const unreadable = firstUnreadable(text);
  if (unreadable !== null) {
    throw new TableParseError(
      'the text is not readable report text (it holds control characters or undecodable bytes, as a binary file read as text does); ' +
        'convert the report to UTF-8 text first',
      unreadable,
    );
  }
  const view = prebuilt ?? createTextView(text);
  const header = locateVersionHeader(view);
  if (!header) throw new TableParseError(noTemplateTable(view));

  const section3 = findFirstAnchor(view, SECTION_3, header.span.end);
  if (!section3) {
    throw new TableParseError(
      'section 三 (收到和处理政府信息公开申请情况) is not in the text after the section-二 table; the text looks cut off',
      lineOf(view, header.span.start),
    );
  }
  const section4 = findFirstAnchor(view, SECTION_4, section3.end);
  const end = view.normal.length;
  const proactive = parseProactiveSection(view, header.version, { start: header.span.end, end: section3.start });
  const applications = parseApplicationsSection(view, header.version, { start: section3.start, end: section4?.start ?? end });
  if (!section4) {
    throw new TableParseError(
      'section 四 (政府信息公开行政复议、行政诉讼情况) is not in the text after section 三; the text looks cut off',
      lineOf(view, end),
    );
  }
  const after = findFirstAnchor(view, AFTER_SECTION_4, section4.end);
  const appeals = parseAppealsSection(view, { start: section4.end, end: after?.start ?? end });
  return { format: header.version, tableVariant: 'NATIONAL_TEMPLATE', title: null, cells: [...proactive, ...applications, ...appeals] };
}

/** The line of the first sign that this is not text (undecodable bytes, control characters), if there are many. */
function firstUnreadable(text: string): number | null {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;
  const matches = [...text.matchAll(bad)];
  if (matches.length === 0 || matches.length < Math.max(3, text.length / 200)) return null;
  return text.slice(0, matches[0].index).split('\n').length;
}

function noTemplateTable(view: TextView): string {
  const base = 'no 2019/2021 template statistics table: the section-二 column header (本年新制作数量/本年新公开数量/对外公开总数量 or 本年制发件数/本年废止件数/现行有效件数) is not in the text';
  if (/第二十条第\(一\)项|收到和处理政府信息公开申请情况/.test(view.compact)) return `${base}, though the template's headings are; the header row may be garbled or missing`;
  if (/依申请公开|主动公开/.test(view.compact)) return `${base}; this looks like a report in another format (e.g. a pre-2019 report under the 2008 条例), which this parser does not read`;
  return base;
}
