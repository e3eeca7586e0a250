/**
 * Sørensen–Dice coefficient over character bigrams, counted with repeats:
 *
 *   2 × |bigrams(a) ∩ bigrams(b)| / (|bigrams(a)| + |bigrams(b)|)
 *
 * Why bigrams: Chinese is written without spaces, and most words are two characters, so pairs of
 * adjacent characters stand in for words without a word segmenter (which would need a dictionary,
 * and would split a body's own names differently from year to year). Why Dice: it is 1 for the
 * same text, 0 for texts without a common pair, and falls as either text adds wording of its own,
 * so a section padded with new text or cut down to a fragment of last year's both score lower.
 *
 * Why written here: `string-similarity` computed this, but its author has deprecated it ("no
 * longer supported"); the maintained `dice-coefficient` matches every bigram of one text against
 * every bigram of the other, which took 159 ms for one pair of 5,900-character sections (the
 * seed's longest) on this machine, and start-up rechecks every section of every report. Counting
 * the pairs in a hash table is linear; one of numbers in typed arrays, not a Map of two-character
 * strings, since every import compares a report's sections with last year's and the Map was
 * most of the time its check took.
 */
export function bigramDice(a: string, b: string): number {
  const left = codePoints(a);
  const right = codePoints(b);
  const pairs = Math.max(0, left.length - 1) + Math.max(0, right.length - 1);
  if (pairs === 0) return a === b ? 1 : 0;
  const unmatched = new BigramCounts(right.length);
  for (let i = 1; i < right.length; i++) unmatched.add(right[i - 1], right[i]);
  let common = 0;
  for (let i = 1; i < left.length; i++) if (unmatched.take(left[i - 1], left[i])) common++;
  return (2 * common) / pairs;
}

/** The text's characters by code point: a character outside the BMP is one, as Array.from counts it. */
function codePoints(text: string): Int32Array {
  const points = new Int32Array(text.length);
  let n = 0;
  for (const char of text) points[n++] = char.codePointAt(0)!;
  return points.subarray(0, n);
}

/** A multiset of pairs of code points: open addressing with linear probing, sized for `pairs` at most half full. */
class BigramCounts {
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly counts: Int32Array;
  private readonly mask: number;

  constructor(pairs: number) {
    let size = 16;
    while (size < pairs * 2) size *= 2;
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
  }

  add(a: number, b: number): void {
    const slot = this.slot(a, b);
    this.first[slot] = a;
    this.second[slot] = b;
    this.counts[slot]++;
  }

  /** Takes one occurrence of the pair out; false when none is left. */
  take(a: number, b: number): boolean {
    const slot = this.slot(a, b);
    if (this.counts[slot] === 0) return false;
    this.counts[slot]--;
    return true;
  }

  /** The pair's slot, or the free slot where it would go. */
  private slot(a: number, b: number): number {
    let i = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    while (this.first[i] !== -1 && (this.first[i] !== a || this.second[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }
}
