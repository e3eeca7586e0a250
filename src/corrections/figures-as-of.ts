import { figureKey, type FigureAddress } from './report-figures.js';

/** A logged change, with the version that made it. */
export interface VersionedChange extends FigureAddress {
  version: number;
  fromValue: number | null;
}

/**
 * The value each figure had at `version`: the current rows with the changes of every later
 * version undone, newest first. Rows are copied, never changed, so loader caches stay current.
 */
export function figuresAsOf<T extends { value: number | null }>(current: T[], address: (row: T) => FigureAddress, changes: VersionedChange[], version: number): T[] {
  const undone = new Map<string, number | null>();
  const later = changes.filter((c) => c.version > version).sort((a, b) => b.version - a.version);
  // Newest first, so the oldest later change's from-value is the one left standing.
  for (const change of later) undone.set(figureKey(change), change.fromValue);
  return current.map((row) => {
    const key = figureKey(address(row));
    return undone.has(key) ? { ...row, value: undone.get(key)! } : row;
  });
}
