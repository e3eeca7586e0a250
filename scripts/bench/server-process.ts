import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../src/project-root.js';

/** A gateway (or subgraph) server started as its own process, as operators run it. */
export interface ServerProcess {
  url: string;
  /** Resident memory of the server process now, from /proc. */
  rssBytes(): number;
  /** The most resident memory the server process has had since the last call, sampled from /proc every 100 ms. */
  takePeakRssBytes(): number;
  stop(): Promise<void>;
}

/** The Node flags `npm start` gives the server, so the benchmark measures the process users run. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(fromProjectRoot('package.json'), 'utf8')) as { scripts: Record<string, string> };
  return /^node ((?:--\S+ )*)dist\//.exec(scripts.start)?.[1].trim().split(' ').filter(Boolean) ?? [];
}

/**
 * Starts `entry` (a built entry under dist/, as `npm start` runs it) with `env` on `port` and
 * resolves once /health answers. Output goes to the parent's stderr, so a failing start is seen.
 */
export async function startServerProcess(entry: string, port: number, env: Record<string, string>, args: string[] = []): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [...startFlags(), fromProjectRoot(entry), ...args], {
    cwd: fromProjectRoot(),
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before it was ready`))));
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${url}health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  await Promise.race([ready, exited]);
  const rss = () => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      return 0; // The process has gone.
    }
  };
  let peak = rss();
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 100);
  return {
    url,
    rssBytes: rss,
    takePeakRssBytes: () => {
      const value = Math.max(peak, rss());
      peak = rss();
      return value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(sampler);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
