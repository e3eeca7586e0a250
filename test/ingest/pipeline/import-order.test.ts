import { describe, expect, it } from 'vitest';
import { importOrder, TARGETS_IN_TURN } from '../../../src/ingest/pipeline/import-order.js';

/** Targets of the given sizes, each source named by its target's letter and its place in it. */
const targets = (...sizes: number[]) => sizes.map((size, t) => Array.from({ length: size }, (_, i) => `${String.fromCharCode(97 + t)}${i + 1}`));
const named = (perTarget: string[][], order: number[]) => order.map((index) => perTarget.flat()[index]);

describe('the order a run imports its sources in', () => {
  it('takes the targets in turn: the first of each, then the second of each', () => {
    const perTarget = targets(3, 1, 2);
    expect(named(perTarget, importOrder(perTarget))).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });

  it('takes only so many targets in turn, and a target done gives its place to the next one waiting', () => {
    const perTarget = targets(3, 1, 2, 2);
    expect(named(perTarget, importOrder(perTarget, 2))).toEqual(['a1', 'b1', 'a2', 'c1', 'a3', 'c2', 'd1', 'd2']);
  });

  it('brings an issuer’s next report at most a turn of targets later, however many targets a run has', () => {
    const perTarget = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => null));
    const positions = new Map<number, number[]>();
    importOrder(perTarget).forEach((index, position) => {
      const target = Math.floor(index / 10);
      positions.set(target, [...(positions.get(target) ?? []), position]);
    });
    const gaps = [...positions.values()].flatMap((list) => list.slice(1).map((p, i) => p - list[i]));
    expect(Math.max(...gaps)).toBe(TARGETS_IN_TURN);
  });

  it('takes every source once, empty targets and all', () => {
    const perTarget = targets(0, 5, 0, 3, 7, 1);
    const order = importOrder(perTarget, 3);
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i));
    expect(importOrder([])).toEqual([]);
  });
});
