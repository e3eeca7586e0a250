import { TableParseError, type ParsedTable } from '../parsed-table.js';
import { detectRegulation2008Table, type Regulation2008TableVariant } from './detect.js';
import { parseFujianTable } from './fujian-table.js';
import { parseNationalTable } from './national-table.js';
import { lineOfOffset, lineStarts } from './text-cells.js';

/**
 * The statistics table of a report written under the 2008 条例 (report years up to 2018), whichever
 * of the two known layouts it uses. Throws TableParseError, with the line where there is one, when
 * the text is empty, is not text, holds no known table, or holds one that is cut off.
 * `detected`: detectRegulation2008Table(text), when the caller has it already.
 */
export function parseRegulation2008Table(text: string, detected?: Regulation2008TableVariant | null): ParsedTable {
  if (text.trim() === '') throw new TableParseError('the text is empty: there is no report to read a statistics table from');
  assertLooksLikeText(text);
  const variant = detected === undefined ? detectRegulation2008Table(text) : detected;
  if (variant === 'FUJIAN_SIMPLIFIED') return parseFujianTable(text);
  if (variant === 'NATIONAL_2014') return parseNationalTable(text);
  throw new TableParseError(
    'no 2008-regulation statistics table found: the text holds neither the national 《政府信息公开情况统计表》 ' +
      '(一、主动公开情况 … 十三、政府信息公开会议和培训情况) nor the Fujian simplified table (指标名称 | 计量单位 | <year>年度 | 历年累计). ' +
      'Reports from 2019 on use the new template; some 2008-era reports have no table at all.',
  );
}

/** Control characters other than tab/line breaks, and U+FFFD left by a wrong decoding, mean the input is not a text file. */
function assertLooksLikeText(text: string): void {
  const sample = text.slice(0, 65_536);
  let bad = 0;
  let first = -1;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) {
      bad++;
      if (first < 0) first = i;
    }
  }
  if (bad > 0 && (sample.includes('\u0000') || bad / sample.length > 0.005)) {
    throw new TableParseError(
      `the input is not text (${bad} control or undecodable characters in the first ${sample.length}); ` +
        'extract the report to UTF-8 text (e.g. from PDF or DOC) before parsing',
      lineOfOffset(lineStarts(text), first),
    );
  }
}
