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
 * the pairs in a map is linear.
 */
export function bigramDice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length + right.length === 0) return a === b ? 1 : 0;
  const unmatched = new Map<string, number>();
  for (const pair of right) unmatched.set(pair, (unmatched.get(pair) ?? 0) + 1);
  let common = 0;
  for (const pair of left) {
    const count = unmatched.get(pair) ?? 0;
    if (count === 0) continue;
    common++;
    unmatched.set(pair, count - 1);
  }
  return (2 * common) / (left.length + right.length);
}

/** Adjacent pairs of characters, by code point (characters outside the BMP are one character). */
function bigrams(text: string): string[] {
  const chars = Array.from(text);
  return chars.slice(1).map((char, i) => chars[i] + char);
}
