// The CPU time of one thread of this process, read from Linux's /proc. The analysis deadline
// (see ./background.ts) counts a worker's own CPU time, not the wall clock, so that a machine busy
// with other work does not stop an analysis that is merely waiting for a core.
import * as fs from 'node:fs';

/** Linux reports utime and stime in USER_HZ ticks, 100 per second on every architecture. */
const MS_PER_TICK = 10;

/** The calling thread's id (its /proc/self/task entry), or null off Linux. Called in the worker. */
export function currentThreadId(): number | null {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** Milliseconds of CPU (user + system) the thread `tid` of this process has used, or null when unreadable. */
export function threadCpuMs(tid: number): number | null {
  try {
    return cpuMsOfStat(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The CPU time in a /proc stat line: utime and stime are fields 14 and 15, counted after the
 * command name, which is in parentheses and may itself hold spaces and parentheses.
 */
export function cpuMsOfStat(stat: string): number | null {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) * MS_PER_TICK : null;
}
