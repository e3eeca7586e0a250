import { cellMap, type ReportFacts } from './facts.js';
import type { InvolvedRef } from './rule.js';

/**
 * A finding's involved ref as the `finding.involved` column keeps it. A ref to a cell or a prose
 * figure of the finding's own report leaves out what that report's own rows already hold:
 *
 * - a CELL ref without `label` takes its label, text (the cell's raw text) and line from the
 *   report's statistics cell of the same code;
 * - a PROSE ref without `text` takes its text from the sentence of the report's prose figure of
 *   the same measure (`code`) on the same line.
 *
 * The value stays in the ref: a correction changes a cell's value, and a finding shows the value
 * it was computed from. Every other ref, and every ref whose fields differ from its row's, is
 * kept whole. The labels and sentences, written again for each check that read them and parsed
 * twice on insert, were half of what the refs weigh: 59 kB a report in the import benchmark, 30 kB
 * now.
 */
export type StoredInvolvedRef = Pick<InvolvedRef, 'kind' | 'code' | 'value'> & Partial<InvolvedRef>;

/** The refs of a finding of `own` (the report checked), as stored. */
export function storedInvolved(involved: InvolvedRef[], own: ReportFacts): StoredInvolvedRef[] {
  return involved.map((ref) => {
    if (ref.year !== null || ref.code === null) return ref;
    if (ref.kind === 'CELL') {
      const cell = cellMap(own).get(ref.code);
      const same = cell && cell.label === ref.label && cell.raw === ref.text && cell.line === ref.line;
      return same ? { kind: ref.kind, code: ref.code, value: ref.value } : ref;
    }
    if (ref.kind === 'PROSE' && ref.line !== null && ref.text !== null) {
      const sentences = sentencesOf(own).get(proseKey(ref.line, ref.code));
      const same = sentences?.size === 1 && sentences.has(ref.text);
      return same ? { kind: ref.kind, code: ref.code, value: ref.value, line: ref.line } : ref;
    }
    return ref;
  });
}

/** Whether a stored ref lacks fields its report's own rows supply. */
export const isCompactCellRef = (ref: StoredInvolvedRef): boolean => ref.kind === 'CELL' && !('label' in ref);
export const isCompactProseRef = (ref: StoredInvolvedRef): boolean => ref.kind === 'PROSE' && !('text' in ref);

const proseKey = (line: number, measure: string): string => `${line}\u0000${measure}`;

const sentenceIndexes = new WeakMap<ReportFacts, Map<string, Set<string>>>();

/** The sentences of each (line, measure): a ref is compacted only where one sentence answers. */
function sentencesOf(own: ReportFacts) {
  let index = sentenceIndexes.get(own);
  if (!index) {
    index = new Map();
    for (const p of own.prose) {
      const key = proseKey(p.line, p.measure);
      const set = index.get(key) ?? new Set<string>();
      set.add(p.sentence);
      index.set(key, set);
    }
    sentenceIndexes.set(own, index);
  }
  return index;
}
