import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The naive per-row mode exists only so that `npm run bench` can show what batching buys:
 * inside it, every loader sends each key as its own SELECT, as a resolver querying per row
 * would. Request-scoped, so a process can serve both ways side by side.
 */
const naive = new AsyncLocalStorage<true>();

export function withNaiveLoaders<T>(work: () => T): T {
  return naive.run(true, work);
}

/** Options for every DataLoader of the graph. */
export function loaderOptions(): { batch: boolean } {
  return { batch: naive.getStore() !== true };
}
