import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fromProjectRoot } from '../../src/project-root.js';

/** A gateway (or subgraph) server started as its own process, as operators run it. */
export interface ServerProcess {
  url: string;
  /** Resident memory of the server process now, from /proc. */
  rssBytes(): number;
  stop(): Promise<void>;
}

/**
 * Starts `entry` (a TypeScript entry under src/) with `env` on `port` and resolves once /health
 * answers. Output goes to the parent's stderr, so a failing start is seen.
 */
export async function startServerProcess(entry: string, port: number, env: Record<string, string>, args: string[] = []): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import=@swc-node/register/esm-register', fromProjectRoot(entry), ...args], {
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
  return {
    url,
    rssBytes: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
