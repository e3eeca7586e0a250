import type { BenchRow } from './bench-results.js';

/** One of the targets the performance issue sets for this 2-core machine, against a run. */
export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

const DASHBOARD = 'provincial dashboard';
const REPORTS_ONLY = 'dashboard, reports fields only';

/**
 * The table of targets, read off a run's rows. The service's modes count (SQL-JSON,
 * resolvers, the cache); the naive per-row mode is a benchmark switch, not a way to serve.
 */
export function checkTargets(rows: BenchRow[]): TargetCheck[] {
  const row = (server: string, operation: string) => rows.find((r) => r.server === server && r.operation === operation);
  const rps = (server: string, operation: string) => row(server, operation)?.rps ?? NaN;
  const cold = rps('gateway, SQL-JSON', DASHBOARD);
  const warm = rps('gateway, cache warm', DASHBOARD);
  // Time per request through the gateway over time per request on the subgraph alone.
  const overhead = rps('reports subgraph alone, SQL-JSON', REPORTS_ONLY) / rps('gateway, SQL-JSON', REPORTS_ONLY);
  const dashboardStatements = Math.max(...['gateway, SQL-JSON', 'gateway, resolvers'].map((server) => row(server, DASHBOARD)?.statements ?? NaN));
  const serving = rows.filter((r) => !r.server.includes('naive'));
  const rss = Math.max(...serving.map((r) => r.rssMb));
  return [
    { what: 'dashboard, requests/s at 10 connections, cache cold', target: '≥ 55', measured: cold.toFixed(1), met: cold >= 55 },
    { what: 'dashboard, requests/s, cache warm', target: '≥ 300', measured: warm.toFixed(1), met: warm >= 300 },
    { what: 'gateway overhead, federated / direct', target: '≤ 1.3×', measured: `${overhead.toFixed(2)}×`, met: overhead <= 1.3 },
    { what: 'SQL statements per dashboard request (SQL-JSON and resolvers)', target: '≤ 8', measured: String(dashboardStatements), met: dashboardStatements <= 8 },
    { what: 'server RSS under load (peak of every serving run)', target: '≤ 300 MB', measured: `${rss} MB`, met: rss <= 300 },
  ];
}
