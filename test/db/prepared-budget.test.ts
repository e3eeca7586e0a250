import { describe, expect, it } from 'vitest';
import { PREPARED_STATEMENTS_PER_WINDOW, PreparedBudget } from '../../src/db/prepared-budget.js';

describe('the prepared-statement budget', () => {
  it('admits 64 texts in a window, then runs others unprepared until the oldest lapse', () => {
    let now = 0;
    const budget = new PreparedBudget({ windowMs: 1000, now: () => now });
    expect(PREPARED_STATEMENTS_PER_WINDOW).toBe(64);
    for (let i = 0; i < 64; i += 1) expect(budget.admit(`select ${i}`)).toBe(true);
    expect(budget.admit('select 64')).toBe(false);
    // An admitted text stays admitted, however often it runs.
    expect(budget.admit('select 0')).toBe(true);
    now = 999;
    expect(budget.admit('select 64')).toBe(false);
    now = 1000;
    // The whole first window has lapsed: the new text takes a place, and a lapsed one is admitted anew.
    expect(budget.admit('select 64')).toBe(true);
    expect(budget.admit('select 0')).toBe(true);
  });

  it('frees only the places of the texts that lapsed', () => {
    let now = 0;
    const budget = new PreparedBudget({ windowMs: 100, limit: 3, now: () => now });
    expect(['a', 'b'].map((text) => budget.admit(text))).toEqual([true, true]);
    now = 50;
    expect(['c', 'd'].map((text) => budget.admit(text))).toEqual([true, false]);
    now = 100;
    // a and b lapse, c does not.
    expect(['d', 'e', 'f'].map((text) => budget.admit(text))).toEqual([true, true, false]);
    now = 150;
    expect(['f', 'g', 'c'].map((text) => budget.admit(text))).toEqual([true, false, false]);
  });
});
