import { LRUCache } from 'lru-cache';
import type { ReportFacts } from './facts.js';

/** Which state of a stored report some facts are of: a correction raises its version, a re-import changes its source. */
export const factsStamp = (version: number, sourceSha256: string): string => `${version}:${sourceSha256}`;

/**
 * The facts of reports a bulk import has just written, as their documents gave them, for the
 * check of the same body's next year in the same run: reading last year's report back (its cells,
 * prose and sections as JSON) was about a tenth of a report's import. An entry is used only while
 * the stored report still has the stamp it was written with, so a report corrected or re-imported
 * since (by this run or anyone else) is read from the database again.
 *
 * Bounded by an estimate of the facts' size, not by count. A run takes its targets in turns of up
 * to TARGETS_IN_TURN (import-order.ts), so an issuer's last year comes back one turn later: 64
 * reports, a few megabytes, well inside the bound.
 */
export class RecentFacts {
  private readonly cache: LRUCache<number, { stamp: string; facts: ReportFacts }>;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.cache = new LRUCache({ maxSize: maxBytes, sizeCalculation: ({ facts }) => estimatedBytes(facts) });
  }

  /** Only once the report's transaction has committed: what is remembered must be what others can read. */
  remember(reportId: number, stamp: string, facts: ReportFacts): void {
    this.cache.set(reportId, { stamp, facts });
  }

  get(reportId: number, stamp: string): ReportFacts | undefined {
    const entry = this.cache.get(reportId);
    return entry?.stamp === stamp ? entry.facts : undefined;
  }
}

/** Two bytes a character of text, and a few hundred for each cell and figure's object and fields. */
function estimatedBytes(facts: ReportFacts): number {
  const text = facts.sections.reduce((sum, s) => sum + s.text.length + s.heading.length, 0) + facts.prose.reduce((sum, p) => sum + p.sentence.length, 0);
  return Math.max(1, 2 * text + 300 * (facts.cells.length + facts.prose.length + facts.sections.length));
}
