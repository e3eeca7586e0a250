import { AsyncLocalStorage } from 'node:async_hooks';
import type { Metrics } from './metrics.js';

/**
 * Loaders are built per request deep inside the resolvers' context and know nothing of the app
 * that serves them; the HTTP layer runs each request inside its app's metrics, so a batch
 * function only has to say how many keys it got.
 */
const scope = new AsyncLocalStorage<Metrics>();

export function withMetrics<T>(metrics: Metrics, work: () => T): T {
  return scope.run(metrics, work);
}

/** Counts one DataLoader batch of `size` keys against the current request's app, if any. */
export function recordBatch(size: number): void {
  scope.getStore()?.loaderBatchSize.observe(size);
}
