/**
 * Accumulates rendered text into lines, the way a browser lays out HTML source text:
 * - runs of ASCII whitespace (and no-break spaces) collapse to one space, and none is kept at
 *   the start or end of a line. Full-width spaces (U+3000) are text, not layout: Chinese
 *   paragraphs are indented with them and they are kept as they are;
 * - a run of whitespace holding a line break between two Chinese characters disappears (the
 *   CSS Text 3 segment-break rule): editors wrap long Chinese lines in the source, and a space
 *   inside 收到申请数 would break every parser that looks for the label;
 * - a block boundary ends the current line if it has anything on it, a <br> ends it even if it
 *   is empty, so paragraphs are single lines and <br><br> leaves one blank line.
 */

const WHITESPACE_OR_WORD = /[ \t\n\r\f\u00a0]+|[^ \t\n\r\f\u00a0]+/g;
const isWhitespaceRun = (run: string) => /^[ \t\n\r\f\u00a0]/.test(run);

/** East Asian wide characters (CJK ideographs, kana, full-width forms and punctuation); not Hangul, which is spaced. */
const WIDE = /[\u2e80-\u303f\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
export const isWide = (char: string | undefined): boolean => char !== undefined && WIDE.test(char);

/** Joins two pieces of text that a line break separated: nothing between Chinese characters, else a space. */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  return before + (isWide(before.at(-1)) && isWide(after[0]) ? '' : ' ') + after;
}

export class LineBuilder {
  private readonly lines: string[] = [];
  private current = '';
  /** whitespace seen since the last word, not yet written: it only counts if a word follows on the same line */
  private pendingSpace: { hadLineBreak: boolean } | null = null;

  /** Text from the page, its whitespace collapsed. */
  text(raw: string): void {
    for (const [run] of raw.matchAll(WHITESPACE_OR_WORD)) {
      if (isWhitespaceRun(run)) {
        this.pendingSpace = { hadLineBreak: /[\n\r]/.test(run) || (this.pendingSpace?.hadLineBreak ?? false) };
      } else {
        this.word(run);
      }
    }
  }

  /** Preformatted text (<pre>): spaces kept, each source line break a line break. */
  preformatted(raw: string): void {
    raw.split(/\r\n?|\n/).forEach((part, index) => {
      if (index > 0) this.lineBreak();
      this.pendingSpace = null;
      this.current += part;
    });
  }

  /** The edge of a block element: ends the current line if anything is on it. */
  endBlock(): void {
    if (this.current) this.pushLine();
    this.pendingSpace = null;
  }

  /** A <br>: ends the current line even when it is empty. */
  lineBreak(): void {
    this.pushLine();
  }

  /** A line made elsewhere (a table row), put on a line of its own. */
  line(text: string): void {
    this.endBlock();
    this.current = text;
    this.pushLine();
  }

  /** The lines, with runs of blank lines cut to one and none at the start or end. */
  finish(): string[] {
    this.endBlock();
    const kept = this.lines.filter((line, index) => line !== '' || (index > 0 && this.lines[index - 1] !== ''));
    while (kept[0] === '') kept.shift();
    while (kept.at(-1) === '') kept.pop();
    return kept;
  }

  private word(word: string): void {
    if (this.pendingSpace && this.current) {
      const dropped = this.pendingSpace.hadLineBreak && isWide(this.current.at(-1)) && isWide(word[0]);
      if (!dropped) this.current += ' ';
    }
    this.pendingSpace = null;
    this.current += word;
  }

  private pushLine(): void {
    // Only spaces: a trailing tab is an empty last table cell and stays.
    this.lines.push(this.current.replace(/ +$/, ''));
    this.current = '';
    this.pendingSpace = null;
  }
}
