import { load } from 'cheerio';
import { type DomElement, type DomNode, NOISE_SELECTOR, pickMainContent } from './html-main-content.js';
import { joinWrapped, LineBuilder } from './line-builder.js';

/**
 * A report web page → its text, one line per block. Tables become one line per row with the
 * cells joined by tabs, because the statistics tables are what the parsers after this read and a
 * tab is the one separator that cannot occur inside a cell (whitespace in cells is collapsed).
 * Script, navigation and other page chrome are removed, and only the main content is rendered
 * (see html-main-content.ts for how it is found).
 */
export function htmlToText(html: string): string {
  const $ = load(html);
  $(NOISE_SELECTOR).remove();
  // Invisible boxes (share widgets, metadata) are not part of what the reader sees.
  $('[style*="display:none" i], [style*="display: none" i]').remove();
  const out = new LineBuilder();
  render(pickMainContent($), out, false);
  return out.finish().join('\n');
}

/** Elements that start and end a line (the HTML block-level and table elements). */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const isElement = (node: DomNode): node is DomElement => 'attribs' in node;
const isText = (node: DomNode): node is Extract<DomNode, { data: string }> & { nodeType: 3 } => node.nodeType === 3;
const childrenOf = (node: DomNode): DomNode[] => ('children' in node ? node.children : []);
const childElements = (node: DomNode): DomElement[] => childrenOf(node).filter(isElement);

function render(node: DomNode, out: LineBuilder, preformatted: boolean): void {
  if (isText(node)) {
    if (preformatted) out.preformatted(node.data);
    else out.text(node.data);
    return;
  }
  const name = isElement(node) ? node.name.toLowerCase() : '';
  if (name === 'br') return out.lineBreak();
  if (name === 'table' && !isLayoutTable(node as DomElement)) return renderTable(node as DomElement, out);
  const block = BLOCKS.has(name);
  if (block) out.endBlock();
  for (const child of childrenOf(node)) render(child, out, preformatted || name === 'pre');
  if (block) out.endBlock();
}

function renderTable(table: DomElement, out: LineBuilder): void {
  out.endBlock();
  for (const part of childElements(table)) {
    if (part.name === 'caption') {
      const caption = cellText(part);
      if (caption) out.line(caption);
    } else if (part.name === 'tr') {
      renderRow(part, out);
    } else if (part.name === 'thead' || part.name === 'tbody' || part.name === 'tfoot') {
      for (const row of childElements(part)) if (row.name === 'tr') renderRow(row, out);
    }
  }
  out.endBlock();
}

/** One line per row; an empty cell stays as an empty field so the columns keep their places. */
function renderRow(row: DomElement, out: LineBuilder): void {
  const cells = childElements(row)
    .filter((cell) => cell.name === 'td' || cell.name === 'th')
    .map(cellText);
  if (cells.some((cell) => cell !== '')) out.line(cells.join('\t'));
}

/** A cell's text on one line: its own blocks and <br>s are joined as wrapped text is. */
function cellText(cell: DomElement): string {
  const inner = new LineBuilder();
  for (const child of cell.children) render(child, inner, false);
  return inner.finish().reduce(joinWrapped, '');
}

/**
 * Older government sites lay out the whole page with tables. A table that holds another table,
 * or a cell with a page of text in it, is layout: its cells are rendered as blocks, not as a row.
 */
const LAYOUT_CELL_CHARS = 400;

function isLayoutTable(table: DomElement): boolean {
  const cells = rowsOf(table).flatMap((row) => childElements(row));
  return cells.some((cell) => containsTable(cell) || textLength(cell) > LAYOUT_CELL_CHARS);
}

function rowsOf(table: DomElement): DomElement[] {
  return childElements(table).flatMap((part) => (part.name === 'tr' ? [part] : childElements(part).filter((row) => row.name === 'tr')));
}

function containsTable(node: DomNode): boolean {
  return childElements(node).some((child) => child.name === 'table' || containsTable(child));
}

function textLength(node: DomNode): number {
  if (isText(node)) return node.data.replace(/\s+/g, '').length;
  return childrenOf(node).reduce((sum, child) => sum + textLength(child), 0);
}
