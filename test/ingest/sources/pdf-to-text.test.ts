import { describe, expect, it } from 'vitest';
import { linesOfPage, type PlacedText } from '../../../src/ingest/sources/pdf-text-lines.js';
import { pdfToText } from '../../../src/ingest/sources/pdf-to-text.js';
import { chinesePdf, imageOnlyPdf, latinPdf, passwordProtectedPdf, type PlacedRun, predefinedCMapPdf } from './pdf-fixtures.js';
import { sourceErrorOf } from './source-fixtures.js';

/*
 * PDF text layers → lines. The tables are drawn column by column, as Word and WPS export them,
 * so the rows only come out right if lines are rebuilt from positions, not taken in stream order.
 */

const COLUMNS = [60, 300, 420];

/** The runs of a table drawn a column at a time, top row at `top`, rows 20 pt apart. */
function tableByColumns(rows: readonly string[][], top: number): PlacedRun[] {
  return COLUMNS.flatMap((x, column) => rows.map((row, index) => ({ text: row[column], x, y: top - index * 20 })));
}

describe('PDF → text', () => {
  it('reads a Latin text layer page by page, with table rows as tab-separated cells', async () => {
    const pdf = await latinPdf([
      [
        { text: 'Annual Report 2017', x: 200, y: 780, size: 16 },
        { text: 'Applications received this year are listed below.', x: 60, y: 740 },
        ...tableByColumns([['Indicator', 'Unit', 'Count'], ['Applications received', 'items', '249'], ['Granted in full', 'items', '120']], 700),
      ],
      [{ text: 'Page two: 5 appeals.', x: 60, y: 780 }],
    ]);
    expect(pdf.length).toBeLessThan(100_000);
    expect(await pdfToText(pdf, 'latin.pdf')).toBe(
      [
        'Annual Report 2017',
        'Applications received this year are listed below.',
        'Indicator\tUnit\tCount',
        'Applications received\titems\t249',
        'Granted in full\titems\t120',
        'Page two: 5 appeals.',
      ].join('\n'),
    );
  });

  it('reads Chinese text (through a ToUnicode map) with its table rows tab-separated', async () => {
    const pdf = await chinesePdf([
      [
        { text: '临淄区人民政府2017年度政府信息公开工作年度报告', x: 80, y: 780, size: 16 },
        { text: '　　本年度报告根据《条例》编制。', x: 60, y: 740 },
        { text: '目　录', x: 60, y: 720 },
        ...tableByColumns([['统计指标', '单位', '统计数'], ['收到申请数', '件', '249'], ['其中：当面申请数', '件', '12']], 690),
      ],
      [{ text: '四、复议、诉讼情况', x: 60, y: 780 }],
    ]);
    expect(await pdfToText(pdf, 'linzi.pdf')).toBe(
      [
        '临淄区人民政府2017年度政府信息公开工作年度报告',
        // pdf.js gives leading spaces as a gap before the text, so a paragraph's indent is lost.
        '本年度报告根据《条例》编制。',
        '目　录',
        '统计指标\t单位\t统计数',
        '收到申请数\t件\t249',
        '其中：当面申请数\t件\t12',
        '四、复议、诉讼情况',
      ].join('\n'),
    );
  });

  it('refuses pages that are only images as a scanned PDF, with OCR as the way out', async () => {
    const error = await sourceErrorOf(pdfToText(await imageOnlyPdf(2), 'scan.pdf'));
    expect(error.code).toBe('SCANNED_PDF');
    expect(error.message).toBe(
      'scan.pdf is a scanned PDF without a text layer (no text at all); run OCR on it first (for example with ocrmypdf) and import the result',
    );
  });

  it('counts a scanner app stamp on each page as no text', async () => {
    const stamped = await chinesePdf([[{ text: '扫描全能王 创建', x: 400, y: 20 }], [{ text: '扫描全能王 创建', x: 400, y: 20 }]]);
    const error = await sourceErrorOf(pdfToText(stamped, 'stamped.pdf'));
    expect(error.code).toBe('SCANNED_PDF');
    expect(error.message).toBe(
      'stamped.pdf is a scanned PDF without a text layer (only 14 characters of text in 2 pages); run OCR on it first (for example with ocrmypdf) and import the result',
    );
  });

  it('does not call a PDF scanned when its text is in a predefined Chinese map this reader has no data for', async () => {
    const error = await sourceErrorOf(pdfToText(await predefinedCMapPdf('政府信息公开工作年度报告收到申请数二百四十九件其中当面申请数十二件'), 'itext.pdf'));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toBe(
      'itext.pdf has a text layer that cannot be decoded (it encodes its text with the predefined Chinese character map UniGB-UCS2-H, which this reader has no data for); ' +
        'run OCR on it, replacing that text layer (for example `ocrmypdf --force-ocr`), and import the result',
    );
  });

  it('calls a text layer without a Unicode map undecodable rather than returning glyph numbers as text', async () => {
    const pdf = await chinesePdf([[{ text: '政府信息公开工作年度报告收到申请数二百四十九件其中当面申请数十二件', x: 60, y: 700 }]], { withToUnicode: false });
    const error = await sourceErrorOf(pdfToText(pdf, 'nomap.pdf'));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toBe(
      'nomap.pdf has a text layer that cannot be decoded (its fonts carry no Unicode mapping, so the text comes out as glyph numbers); ' +
        'run OCR on it, replacing that text layer (for example `ocrmypdf --force-ocr`), and import the result',
    );
  });

  it('calls corrupt bytes behind a %PDF- header unreadable, saying to fetch the file again', async () => {
    const error = await sourceErrorOf(pdfToText(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog garbage'), 'broken.pdf'));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toBe(
      'broken.pdf starts like a PDF but cannot be read as one (Invalid PDF structure.); it is probably truncated or damaged: download it again, or open it in a PDF viewer and save a new copy',
    );
  });

  it('calls a password-protected PDF unreadable, saying to save an unprotected copy', async () => {
    const error = await sourceErrorOf(pdfToText(await passwordProtectedPdf(), 'locked.pdf'));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toBe(
      'locked.pdf is a password-protected PDF; open it with the password, save an unprotected copy (or print it to PDF) and import that',
    );
  });
});

describe('rebuilding lines from positioned text', () => {
  const at = (str: string, x: number, y: number, width: number, fontSize = 10): PlacedText => ({ str, x, y, width, fontSize });

  it('orders items top to bottom and left to right, and joins items a point or two off the same baseline', () => {
    const items = [at('249', 300, 101.5, 15), at('件', 200, 100, 10), at('收到申请数', 50, 100, 50), at('统计指标', 50, 80, 40), at('单位', 200, 80.8, 20)];
    expect(linesOfPage(items)).toEqual(['统计指标\t单位', '收到申请数\t件\t249']);
  });

  it('joins close Chinese runs with nothing, Latin or digits after a word-sized gap with a space', () => {
    const items = [at('本年度共', 50, 100, 40), at('受理', 91, 100, 20), at('249', 114, 100, 15), at('件', 131, 100, 10)];
    expect(linesOfPage(items)).toEqual(['本年度共受理 249 件']);
  });

  it('ignores whitespace-only items, taking the gap they cover for what it is', () => {
    const items = [at('统计指标', 50, 100, 40), at(' ', 90, 100, 110), at('单位', 200, 100, 20)];
    expect(linesOfPage(items)).toEqual(['统计指标\t单位']);
  });
});
