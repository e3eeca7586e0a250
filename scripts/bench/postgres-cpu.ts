import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc/<pid>/stat times (CLK_TCK; 100 on every Linux we run). */
export const TICKS_PER_SECOND = 100;

/**
 * CPU time, in ms, of every PostgreSQL server process on this machine, read from /proc: the
 * backends, the WAL writer and checkpointer, and (through the postmaster's reaped-children
 * times) backends that have exited. A bulk import's cost is the importer's CPU and the server's
 * together, and on a 2-core machine both come from the same budget. Null where /proc is missing
 * or no `postgres` process runs here (a remote server, or the embedded database, whose work is
 * already this process's CPU). Other databases' work on the same server counts too, so compare
 * runs on an otherwise idle server.
 */
export function localPostgresCpuMs(): number | null {
  let ticks = 0;
  let found = false;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited between the listing and the read
    }
    const commEnd = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, commEnd) !== 'postgres') continue;
    // Fields after the command: state is 0, utime 11, stime 12, cutime 13, cstime 14.
    const fields = stat.slice(commEnd + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    found = true;
  }
  return found ? (ticks * 1000) / TICKS_PER_SECOND : null;
}
