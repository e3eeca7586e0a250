import { isWide } from './line-builder.js';

/**
 * Rebuilding lines from the text items of a PDF page. A PDF has no lines, only runs of glyphs
 * placed on the page; pdf.js returns them in content-stream order, which for tables exported
 * from Word or WPS is often cell by cell down a column. So items are put back in reading order by
 * position: those sharing a baseline form a line, left to right; a gap of most of a character or
 * more between two items is a column gap (a table cell boundary) and becomes a tab, a smaller one
 * a word space (none between Chinese characters, which a justified line spreads apart).
 *
 * Word and WPS leave at least the two cell margins (0.19 cm each) between the texts of adjacent
 * cells: about 1.1 em at the 10.5 pt of most tables, 0.94 em at 12 pt. So the column gap starts
 * a little below that. pdf.js reports typed spaces as gaps too (it does not tell them from cursor
 * moves), so a full-width space is recognised by its exact width instead.
 */

/** A text item in page coordinates as displayed: origin top left, y growing downwards, baseline y. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

/** Baselines closer than this share a line (vertically centred cells sit a point or two off). */
const SAME_LINE_EM = 0.5;
/** A gap between items at least this wide separates table cells. */
const COLUMN_GAP_EM = 0.8;
/** How close to one em a gap between Chinese characters must be to be read as a full-width space (U+3000). */
const FULL_WIDTH_SPACE_TOLERANCE_EM = 0.03;
/** A gap at least this wide, but narrower than a column gap, is a word space. */
const WORD_GAP_EM = 0.15;

/** The page's lines, top to bottom; items with no visible text are ignored. */
export function linesOfPage(items: readonly PlacedText[]): string[] {
  const visible = items.filter((item) => item.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of visible) {
    const line = lines.at(-1);
    if (line && Math.abs(item.y - line[0].y) <= SAME_LINE_EM * Math.min(emOf(item), emOf(line[0]))) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => joinLine(line.sort((a, b) => a.x - b.x)));
}

function joinLine(items: readonly PlacedText[]): string {
  let text = items[0].str;
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1];
    const item = items[i];
    const em = (emOf(previous) + emOf(item)) / 2;
    const gap = item.x - (previous.x + previous.width);
    text += separator(gap / em, text, item.str) + item.str;
  }
  // pdf.js keeps the spaces a producer wrote around a cell; they are noise next to a tab.
  return text.replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
}

function separator(gapInEm: number, before: string, after: string): string {
  const last = before.at(-1);
  const first = after[0];
  const betweenChinese = isWide(last) && isWide(first);
  // pdf.js turns a typed full-width space into a gap of exactly one em; a column gap is exactly
  // one em only by chance, and then rarely between two Chinese characters.
  if (betweenChinese && Math.abs(gapInEm - 1) <= FULL_WIDTH_SPACE_TOLERANCE_EM) return '\u3000';
  if (gapInEm >= COLUMN_GAP_EM) return '\t';
  if (gapInEm < WORD_GAP_EM || last === ' ' || first === ' ' || betweenChinese) return '';
  return ' ';
}

/** The item's font size, with a floor: a zero size (seen with some Type 3 fonts) must not make every gap a column gap. */
function emOf(item: PlacedText): number {
  return Math.max(item.fontSize, 1);
}
