import { readFileSync } from 'node:fs';
import { TICKS_PER_SECOND } from './postgres-cpu.js';

/**
 * CPU time, in ms, of this process's main thread alone, read from /proc (null without it). On one
 * thread the importer's JavaScript runs there, so it bounds the run's speed on any number of
 * cores (--workers spreads it); the process's own CPU also counts the garbage collector's,
 * libuv's and the import threads'.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command: state is 0, utime 11, stime 12.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
