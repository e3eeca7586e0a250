import { describe, expect, it } from 'vitest';
import type { BenchRow } from '../../scripts/bench/bench-results.js';
import { checkTargets } from '../../scripts/bench/issue-targets.js';

const row = (server: string, operation: string, rps: number, statements: number, rssMb: number): BenchRow => ({ server, operation, rps, p50: 0, p99: 0, statements, kb: 0, errors: 0, rssMb });

describe('the benchmark’s check of the issue’s targets', () => {
  it('reads each target off the run, leaving the naive mode out of the memory target', () => {
    const rows = [
      row('gateway, SQL-JSON', 'provincial dashboard', 56, 1, 250),
      row('gateway, resolvers', 'provincial dashboard', 4, 8, 290),
      row('gateway, cache warm', 'provincial dashboard', 299.5, 0, 200),
      row('gateway, naive per-row', 'provincial dashboard', 0.5, 1273, 340),
      row('gateway, SQL-JSON', 'dashboard, reports fields only', 40, 1, 240),
      row('reports subgraph alone, SQL-JSON', 'dashboard, reports fields only', 60, 1, 190),
    ];
    expect(checkTargets(rows).map((t) => [t.measured, t.met])).toEqual([
      ['56.0', true],
      ['299.5', false],
      ['1.50×', false],
      ['8', true],
      ['290 MB', true],
    ]);
  });
});
