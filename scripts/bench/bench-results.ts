import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fromProjectRoot } from '../../src/project-root.js';

/** One measured run: a server setup and an operation. */
export interface BenchRow {
  server: string;
  operation: string;
  rps: number;
  p50: number;
  p99: number;
  statements: number;
  kb: number;
  errors: number;
  /** Resident memory of the server process after its runs, in MB. */
  rssMb: number;
}

export interface BenchRun {
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; os: string };
  versions: Record<string, string>;
  settings: Record<string, string | number>;
  rows: BenchRow[];
  ratios: { name: string; value: number }[];
  /** The issue's targets against this run, where the benchmark checks them. */
  targets?: { what: string; target: string; measured: string; met: boolean }[];
}

const PACKAGES = ['@apollo/gateway', '@apollo/server', 'graphql', '@mikro-orm/core', 'pg', 'postgres', 'autocannon'];

/** The machine and the versions a run was measured on, so results from elsewhere are not mistaken for ours. */
export function describeEnvironment(postgresVersion: string): Pick<BenchRun, 'date' | 'machine' | 'versions'> {
  const lock = JSON.parse(readFileSync(fromProjectRoot('package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
  const versions: Record<string, string> = { node: process.version, postgresql: postgresVersion };
  for (const name of PACKAGES) versions[name] = lock.packages[`node_modules/${name}`]?.version ?? 'missing';
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: fromProjectRoot(), encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout.
  }
  versions.commit = commit;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: { cpus: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()} ${os.arch()}` },
    versions,
  };
}

/** The run as JSON and as a Markdown table, both under bench-results/, named by what was measured. */
export function writeResults(run: BenchRun, name: string): { json: string; markdown: string } {
  const dir = fromProjectRoot('bench-results');
  mkdirSync(dir, { recursive: true });
  const json = `${dir}/${name}.json`;
  const markdown = `${dir}/${name}.md`;
  writeFileSync(json, `${JSON.stringify(run, null, 2)}\n`);
  const lines = [
    `# ${name}`,
    '',
    `${run.date}, commit ${run.versions.commit}; ${run.machine.cores} × ${run.machine.cpus}, ${run.machine.memoryGb} GB, ${run.machine.os}.`,
    `Versions: ${Object.entries(run.versions).filter(([k]) => k !== 'commit').map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    `Settings: ${Object.entries(run.settings).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
    '| server | operation | req/s | p50 ms | p99 ms | SQL/req | KB | errors | peak RSS MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...run.rows.map((r) => `| ${r.server} | ${r.operation} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.statements} | ${r.kb.toFixed(0)} | ${r.errors} | ${r.rssMb} |`),
    '',
    ...run.ratios.map((r) => `- ${r.name}: ×${r.value.toFixed(2)}`),
    '',
    ...(run.targets
      ? ['| target | wanted | measured | met |', '|---|---|---:|---|', ...run.targets.map((t) => `| ${t.what} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : 'no'} |`), '']
      : []),
  ];
  writeFileSync(markdown, lines.join('\n'));
  return { json, markdown };
}
