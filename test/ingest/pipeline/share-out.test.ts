import { describe, expect, it } from 'vitest';
import { shareOut, workerCount } from '../../../src/ingest/pipeline/import-in-workers.js';
import type { SourceToImport } from '../../../src/ingest/pipeline/import-sources.js';

const ISSUER = { regionPath: [{ code: '370000', name: '山东省', level: 'PROVINCE' as const }] };

/** Targets of the given sizes, their sources numbered end to end and named target/year. */
function targets(...sizes: number[]): SourceToImport[][] {
  let index = 0;
  return sizes.map((size, t) => Array.from({ length: size }, (_, year) => ({ index: index++, path: `${t}/${year}`, issuer: ISSUER })));
}

describe('workerCount', () => {
  const bigRun = { sources: 10_000, targets: 1_000, embedded: false };
  it('leaves half the cores to PostgreSQL: one thread on two cores, two on four, four on eight', () => {
    expect([2, 3, 4, 8].map((cores) => workerCount(null, bigRun, cores))).toEqual([1, 1, 2, 4]);
  });
  it('starts a thread only for every 200 reports', () => {
    expect([199, 400, 1_000].map((sources) => workerCount(null, { ...bigRun, sources }, 16))).toEqual([1, 2, 5]);
  });
  it('takes --workers as asked, but no more threads than targets, and one on the embedded database', () => {
    expect(workerCount(3, bigRun, 2)).toBe(3);
    expect(workerCount(8, { ...bigRun, targets: 2 }, 16)).toBe(2);
    expect(workerCount(8, { ...bigRun, embedded: true }, 16)).toBe(1);
  });
});

describe('shareOut', () => {
  it('keeps each target whole on one thread, gives each target to the thread with the fewest sources, and orders each share by importOrder', () => {
    const shares = shareOut(targets(3, 1, 2, 2), 2);
    expect(shares.map((share) => share.map((s) => s.path))).toEqual([
      // Target 0 (3 sources), then target 3 (to the thread with 3 against 3): in turn, year by year.
      ['0/0', '3/0', '0/1', '3/1', '0/2'],
      ['1/0', '2/0', '2/1'],
    ]);
    expect(shares.flat().map((s) => s.index).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
