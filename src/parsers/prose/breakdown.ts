import type { NamedQuantity } from './types.js';

/**
 * Which figure a figure breaks down, read from the sentence's wording:
 *
 * - 其中 (or 分别为/分别是) opens a breakdown of the latest figure before it:
 *   "回应…舆情数347次，其中举办新闻发布会6次，发布政策解读稿件30篇…" → 6 and 30 break down 347.
 *   A sentence that starts with 其中 breaks down the previous sentence's latest figure
 *   ("…共主动公开政府信息12274条。其中，政府网站公开信息7487条…").
 * - Brackets opened right after a figure hold its breakdown:
 *   "预决算公开197条（政府预决算32条、部门预决算公开165条）"; closing the bracket ends it, so
 *   "不同意公开答复数14件（其中，涉及国家秘密1件…），不属于本行政机关公开数39件" returns 39 to
 *   the 答复 breakdown.
 * - ； ends a breakdown opened in the middle of the sentence ("其中自然人申请741件，法人或其他组织
 *   申请8件；共办理718件"), and so does a figure introduced by 共/合计/总计 without its own 其中.
 *   A breakdown opened at the very start of a sentence runs to the sentence's end.
 */

interface Frame {
  parent: NamedQuantity;
  depth: number;
  wholeSentence: boolean;
}

const OPENERS = new Set(['（', '(']);
const CLOSERS = new Set(['）', ')']);
const MARKERS = ['其中', '分别为', '分别是'];
/** 共 as in 共计/共发布, not as in 公共, 共享, 共同. */
const TOTAL_WORD = /(?<!公)共(?![享同建])|合计|总计/;
/** How far a bracket or a sentence-opening 其中 may stand from what it attaches to. */
const MAX_GAP = 3;

export class BreakdownScope {
  private readonly frames: Frame[] = [];
  private depth = 0;

  constructor(
    private readonly sentence: string,
    /** The previous sentence's latest figure, which a sentence opening with 其中 breaks down. */
    private readonly inherited: NamedQuantity | null,
  ) {}

  /** Updates the scope for the character at `i`; `latest` is the latest figure before it, `latestEnd` where that figure ends. */
  step(i: number, latest: NamedQuantity | null, latestEnd: number): void {
    const c = this.sentence[i]!;
    if (OPENERS.has(c)) {
      this.depth++;
      if (latest && !isShare(latest) && onlyBlanksBetween(this.sentence, latestEnd, i)) this.push(latest, false);
    } else if (CLOSERS.has(c)) {
      this.popDeeperThan(this.depth - 1);
      this.depth = Math.max(0, this.depth - 1);
    } else if (c === '；' || c === ';') {
      this.popOpenedMidSentence();
    } else if (MARKERS.some((m) => this.sentence.startsWith(m, i))) {
      const atStart = onlyBlanksBetween(this.sentence, 0, i);
      const parent = latest && !isShare(latest) ? latest : atStart ? this.inherited : null;
      if (!parent) return;
      this.popOpenedMidSentence();
      this.push(parent, atStart && parent === this.inherited);
    }
  }

  /** Called before naming a figure: 共/合计 without 其中 in its own words starts a new total. */
  beforeFigure(left: string): void {
    if (TOTAL_WORD.test(left) && !left.includes('其中')) this.popOpenedMidSentence();
  }

  /** The figure the next figure breaks down, if any. */
  parent(): NamedQuantity | null {
    return this.frames.length > 0 ? this.frames[this.frames.length - 1]!.parent : null;
  }

  private push(parent: NamedQuantity, wholeSentence: boolean): void {
    this.frames.push({ parent, depth: this.depth, wholeSentence });
  }

  private popDeeperThan(depth: number): void {
    while (this.frames.length > 0 && this.frames[this.frames.length - 1]!.depth > depth) this.frames.pop();
  }

  private popOpenedMidSentence(): void {
    while (this.frames.length > 0) {
      const top = this.frames[this.frames.length - 1]!;
      if (top.depth < this.depth || top.wholeSentence) return;
      this.frames.pop();
    }
  }
}

const isShare = (n: NamedQuantity) => n.quantity.unit === '%';

/** Whether only blanks and opening brackets stand in [from, to); looks at a few characters at most, so a step costs O(1). */
function onlyBlanksBetween(s: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) if (!/[\s（(]/.test(s[i]!)) return false;
  return true;
}
