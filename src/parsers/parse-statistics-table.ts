import { TableParseError, type ParsedTable } from './parsed-table.js';
import { detectRegulation2008Table } from './regulation-2008/detect.js';
import { parseRegulation2008Table } from './regulation-2008/parse-regulation-2008-table.js';
import { locateVersionHeader } from './template/detect.js';
import { parseTemplateTable } from './template/parse-template-table.js';
import { createTextView } from './template/text-view.js';

/**
 * The statistics table of any report, whichever family it belongs to. The 2019+ template is
 * recognised by its section-二 column headers, which no earlier report has; everything else is
 * tried as a 2008-era table, whose parser explains what it found missing.
 */
export function parseStatisticsTable(text: string): ParsedTable {
  // What detection builds (the text view, the 2008 variant) is handed on, not built again.
  const view = createTextView(text);
  if (locateVersionHeader(view)) return parseTemplateTable(text, view);
  const variant = detectRegulation2008Table(text);
  if (variant || text.trim() === '') return parseRegulation2008Table(text, variant);
  throw new TableParseError(
    'no statistics table of a known format: expected the 2019/2021 template (第二十条第（一）项 with 本年新制作数量 or 本年制发件数 columns), ' +
      'the national 2008-era table (一、主动公开情况 … 十三、政府信息公开会议和培训情况), or the Fujian simplified table (指标名称 | 计量单位 | 年度 | 历年累计)',
  );
}
