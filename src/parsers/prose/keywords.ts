/**
 * Keyword lists and the two ways they are looked up. A list maps printed wordings to what they
 * name; lookups are indexOf over short context strings, so no backtracking is possible.
 */

export type Vocabulary<T> = readonly (readonly [keyword: string, value: T])[];

/**
 * The value whose keyword ends nearest to the end of `text` (the words just before a number name
 * it: 、工程招投标信息188条), the longer keyword on a tie (不同意公开 over 同意公开).
 */
export function nearestKeyword<T>(text: string, vocabulary: Vocabulary<T>): T | null {
  let best: T | null = null;
  let bestEnd = -1;
  let bestLength = 0;
  for (const [keyword, value] of vocabulary) {
    const at = text.lastIndexOf(keyword);
    if (at < 0) continue;
    const end = at + keyword.length;
    if (end > bestEnd || (end === bestEnd && keyword.length > bestLength)) {
      best = value;
      bestEnd = end;
      bestLength = keyword.length;
    }
  }
  return best;
}

/** The value whose keyword starts first in `text`, the longer keyword on a tie (a heading names its subject first). */
export function firstKeyword<T>(text: string, vocabulary: Vocabulary<T>): T | null {
  let best: T | null = null;
  let bestStart = Infinity;
  let bestLength = 0;
  for (const [keyword, value] of vocabulary) {
    const at = text.indexOf(keyword);
    if (at < 0) continue;
    if (at < bestStart || (at === bestStart && keyword.length > bestLength)) {
      best = value;
      bestStart = at;
      bestLength = keyword.length;
    }
  }
  return best;
}

/** `applications.granted.total` → `applications.granted`: the row a cell or a stated figure belongs to. */
export const rowOf = (measure: string): string => measure.replace(/\.total$/, '');

/** `text` without any of `suffixes` at its end, repeatedly (政府信息公开数 → 政府信息公开 with ['数']). A loop, not a regex. */
export function stripEnd(text: string, suffixes: readonly string[]): string {
  let out = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of suffixes) {
      if (suffix && out.endsWith(suffix)) {
        out = out.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return out;
}
